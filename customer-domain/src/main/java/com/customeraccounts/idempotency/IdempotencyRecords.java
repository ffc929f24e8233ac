package com.customeraccounts.idempotency;

import java.time.Instant;
import java.util.Optional;

/**
 * Where keys are kept, shared by every instance. A key is {@code (scope, key)}: the same key from two callers
 * is two keys.
 */
public interface IdempotencyRecords {

    /** The record of the key, if there is one (outside any transaction of the caller's). */
    Optional<IdempotencyRecord> find(String scope, String key);

    /**
     * Records the key as started by this request, at once and for every instance to see (outside any
     * transaction of the caller's).
     *
     * @return empty when it was recorded; otherwise the record already there, untouched
     */
    Optional<IdempotencyRecord> start(String scope, String key, RequestFingerprint fingerprint, Instant now);

    /**
     * Records the key as started by this request in place of a record that is expired (started before
     * {@code expiredBefore}) or abandoned (not finished, started before {@code abandonedBefore}): the first of
     * two requests taking it over wins.
     *
     * @return whether this request took it over
     */
    boolean takeOver(
            String scope,
            String key,
            RequestFingerprint fingerprint,
            Instant now,
            Instant expiredBefore,
            Instant abandonedBefore);

    /** Stores the answer, in the transaction of the change it answers. */
    void complete(String scope, String key, StoredResponse response);

    /** Forgets a key whose request failed (its change rolled back), so that a retry does it afresh. */
    void abandon(String scope, String key);
}
