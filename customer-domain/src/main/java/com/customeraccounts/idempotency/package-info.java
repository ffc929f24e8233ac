/**
 * Safe retries: a request sent again with the same {@code Idempotency-Key} by the same caller gets the first
 * answer again instead of being done twice. The record of a key is written in the transaction of the change it
 * answers, so either both exist or neither does.
 */
package com.customeraccounts.idempotency;
