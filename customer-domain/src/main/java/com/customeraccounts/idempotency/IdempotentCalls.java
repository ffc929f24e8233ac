package com.customeraccounts.idempotency;

import com.customeraccounts.config.ConfigPath;
import com.customeraccounts.config.StoreConfig;
import com.customeraccounts.error.ConflictException;
import com.customeraccounts.password.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a change at most once per key and caller. The first request records the key, then makes its change
 * and stores its answer in one transaction; a retry with the same request gets that answer again, one with
 * another request or while the first still runs is refused. A request that fails changes nothing, and
 * forgets its key so that a retry tries afresh; so does one whose instance died mid-way: its key is taken
 * over once it has gone unfinished for {@link #ABANDONED_AFTER}. A key lives {@code idempotency.ttl_hours}
 * from its first request.
 */
@ApplicationScoped
public class IdempotentCalls {

    /** Far longer than any request takes; a retry within it of a request whose instance died gets a 409. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(1);

    private IdempotencyRecords records;
    private IdempotentTransaction transaction;
    private PasswordHasher hasher;
    private StoreConfig config;
    private Clock clock;

    protected IdempotentCalls() {}

    @Inject
    public IdempotentCalls(
            IdempotencyRecords records,
            IdempotentTransaction transaction,
            PasswordHasher hasher,
            StoreConfig config,
            Clock clock) {
        this.records = records;
        this.transaction = transaction;
        this.hasher = hasher;
        this.config = config;
        this.clock = clock;
    }

    /**
     * @param scope who calls (the same key from another caller is another key); kept only as its SHA-256
     * @param request the route and the body without its secrets, as text
     * @param secrets the body's secrets (passwords, a reset token), empty when it has none
     * @throws ConflictException when the key was used for another request, or its first request still runs
     */
    public IdempotentOutcome call(
            String scope, IdempotencyKey key, String request, String secrets, Supplier<StoredResponse> change) {
        String scopeHash = RequestFingerprint.digestOf(scope);
        String digest = RequestFingerprint.digestOf(request);
        Instant now = clock.instant();
        // a request with secrets looks for its key before hashing them: a retry, or a key reused for another
        // request, is then told apart with one bcrypt check or none, rather than a hash and a check
        Optional<IdempotencyRecord> existing =
                secrets.isEmpty() ? Optional.empty() : records.find(scopeHash, key.value());
        RequestFingerprint fingerprint = null;
        if (existing.isEmpty()) {
            fingerprint = fingerprint(digest, secrets);
            existing = records.start(scopeHash, key.value(), fingerprint, now);
        }
        if (existing.isPresent()) {
            IdempotencyRecord record = existing.get();
            Instant expiredBefore = now.minus(Duration.ofHours(config.intValue(ConfigPath.IDEMPOTENCY_TTL_HOURS)));
            Instant abandonedBefore = now.minus(ABANDONED_AFTER);
            boolean expired = record.startedAt().isBefore(expiredBefore);
            boolean abandoned =
                    record.response().isEmpty() && record.startedAt().isBefore(abandonedBefore);
            if (!expired && !abandoned) {
                if (!isSameRequest(record.fingerprint(), digest, secrets)) {
                    throw ConflictException.keyReused();
                }
                return new IdempotentOutcome(record.response().orElseThrow(ConflictException::stillRunning), true);
            }
            if (fingerprint == null) {
                fingerprint = fingerprint(digest, secrets);
            }
            if (!records.takeOver(scopeHash, key.value(), fingerprint, now, expiredBefore, abandonedBefore)) {
                throw ConflictException.stillRunning();
            }
        }
        try {
            return new IdempotentOutcome(transaction.complete(scopeHash, key.value(), change), false);
        } catch (RuntimeException e) {
            records.abandon(scopeHash, key.value());
            throw e;
        }
    }

    private RequestFingerprint fingerprint(String digest, String secrets) {
        return new RequestFingerprint(digest, secrets.isEmpty() ? Optional.empty() : Optional.of(hasher.hash(secrets)));
    }

    private boolean isSameRequest(RequestFingerprint first, String digest, String secrets) {
        if (!first.digest().equals(digest)) {
            return false;
        }
        return first.secretsHash()
                .map(hash -> !secrets.isEmpty() && hasher.matches(secrets, hash))
                .orElse(secrets.isEmpty());
    }
}
