/**
 * The failures a caller can be told about, each carrying Magento's raw message template and parameters so
 * that one place at the edge can render Magento's error body. The HTTP status follows from the type, as in
 * Magento's {@code ErrorProcessor}: input problems 400, unknown entities 404, authorization 401.
 */
package com.customeraccounts.error;
