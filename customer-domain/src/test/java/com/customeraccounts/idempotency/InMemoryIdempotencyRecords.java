package com.customeraccounts.idempotency;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** {@link IdempotencyRecords} in a map, with the conditions of the database's statements. */
final class InMemoryIdempotencyRecords implements IdempotencyRecords {

    private final Map<String, IdempotencyRecord> records = new HashMap<>();

    @Override
    public synchronized Optional<IdempotencyRecord> start(
            String scope, String key, RequestFingerprint fingerprint, Instant now) {
        IdempotencyRecord existing = records.get(id(scope, key));
        if (existing != null) {
            return Optional.of(existing);
        }
        records.put(id(scope, key), new IdempotencyRecord(fingerprint, Optional.empty(), now));
        return Optional.empty();
    }

    @Override
    public synchronized boolean takeOver(
            String scope,
            String key,
            RequestFingerprint fingerprint,
            Instant now,
            Instant expiredBefore,
            Instant abandonedBefore) {
        IdempotencyRecord existing = records.get(id(scope, key));
        if (existing == null
                || !(existing.startedAt().isBefore(expiredBefore)
                        || (existing.response().isEmpty()
                                && existing.startedAt().isBefore(abandonedBefore)))) {
            return false;
        }
        records.put(id(scope, key), new IdempotencyRecord(fingerprint, Optional.empty(), now));
        return true;
    }

    @Override
    public synchronized void complete(String scope, String key, StoredResponse response) {
        IdempotencyRecord existing = records.get(id(scope, key));
        records.put(
                id(scope, key),
                new IdempotencyRecord(existing.fingerprint(), Optional.of(response), existing.startedAt()));
    }

    @Override
    public synchronized void abandon(String scope, String key) {
        IdempotencyRecord existing = records.get(id(scope, key));
        if (existing != null && existing.response().isEmpty()) {
            records.remove(id(scope, key));
        }
    }

    synchronized int size() {
        return records.size();
    }

    @Override
    public synchronized Optional<IdempotencyRecord> find(String scope, String key) {
        return Optional.ofNullable(records.get(id(scope, key)));
    }

    private static String id(String scope, String key) {
        return scope + "\n" + key;
    }
}
