/**
 * The {@code Idempotency-Key} header on the routes that change an account: the domain's
 * {@code IdempotentCalls} around the route method, the first answer kept and given again to a retry.
 */
package com.customeraccounts.web.idempotency;
