/**
 * The one place where failures become Magento's error body ({@code message}, {@code parameters},
 * {@code errors}) with Magento's status codes, and where unexpected failures become a 500 with a report id
 * that is logged, never a stack trace.
 */
package com.customeraccounts.web.error;
