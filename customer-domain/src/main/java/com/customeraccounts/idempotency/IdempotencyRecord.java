package com.customeraccounts.idempotency;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A key as stored: the request it was first used for, and its answer once that request has finished. */
public record IdempotencyRecord(RequestFingerprint fingerprint, Optional<StoredResponse> response, Instant startedAt) {

    public IdempotencyRecord {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(startedAt, "startedAt");
    }
}
