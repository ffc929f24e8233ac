/**
 * Per-client request limits on the anonymous routes (sign-up, tokens, reset and confirmation emails,
 * email availability): which client a request comes from, how many requests it may make in a window,
 * and the Magento-shaped {@code 429} past that.
 */
package com.customeraccounts.web.ratelimit;
