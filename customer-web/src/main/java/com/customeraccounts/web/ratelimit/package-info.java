/**
 * Per-client request limits on the anonymous routes (sign-up, tokens, reset and confirmation emails,
 * email availability): which client a request comes from, how many requests it may make in a window,
 * where the counts are kept (this process's memory, or Payara's data grid for a cluster), and the
 * Magento-shaped {@code 429} past that.
 */
package com.customeraccounts.web.ratelimit;
