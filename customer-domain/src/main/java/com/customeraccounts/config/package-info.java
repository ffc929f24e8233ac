/**
 * Magento-style configuration: config paths such as {@code customer/create_account/confirm} with Magento's
 * defaults, overridable per website as {@code websites/<code>/<path>}. Where the values come from is a
 * port ({@link com.customeraccounts.config.ConfigValues}), filled by MicroProfile Config at run time.
 */
package com.customeraccounts.config;
