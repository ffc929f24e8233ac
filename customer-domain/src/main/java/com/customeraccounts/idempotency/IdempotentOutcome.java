package com.customeraccounts.idempotency;

/** A keyed request's answer, and whether it is the first request's answer given again. */
public record IdempotentOutcome(StoredResponse response, boolean replayed) {}
