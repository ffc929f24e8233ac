package com.customeraccounts.persistence.retention;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * Deletes the access tokens past their expiry, the token request failures whose lock has expired (Magento's
 * {@code clearExpiredFailures}, which its cron runs) and the password reset requests older than a day (as
 * Magento_Security's clean-up does), which the limits on resets, over an hour at most, no longer look at,
 * the idempotency keys older than their lifetime ({@code idempotency.ttl_hours}), and the history of customers
 * deleted longer ago than {@code audit.retention_days}.
 * Deletes in batches, so that no statement holds many locks for long; instances doing it at the same time
 * at worst wait for each other.
 */
public final class ExpiredRows {

    static final int BATCH = 500;
    static final Duration RESET_REQUESTS_KEPT_FOR = Duration.ofDays(1);

    private final DataSource dataSource;
    private final Clock clock;
    private final Duration idempotencyKeysKeptFor;
    private final Duration deletedCustomersHistoryKeptFor;

    public ExpiredRows(
            DataSource dataSource,
            Clock clock,
            Duration idempotencyKeysKeptFor,
            Duration deletedCustomersHistoryKeptFor) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.idempotencyKeysKeptFor = idempotencyKeysKeptFor;
        this.deletedCustomersHistoryKeptFor = deletedCustomersHistoryKeptFor;
    }

    /** @return how many rows were deleted */
    public int purge() throws SQLException {
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection()) {
            return deleteInBatches(
                            connection,
                            "DELETE FROM oauth_token WHERE token_hash IN (SELECT token_hash "
                                    + "FROM oauth_token WHERE expires_at <= ? LIMIT ?)",
                            now)
                    + deleteInBatches(
                            connection,
                            "DELETE FROM oauth_token_request_log WHERE (user_type, user_key) "
                                    + "IN (SELECT user_type, user_key FROM oauth_token_request_log WHERE lock_expires_at <= ? "
                                    + "LIMIT ?)",
                            now)
                    + deleteInBatches(
                            connection,
                            "DELETE FROM password_reset_request_event WHERE id IN (SELECT id "
                                    + "FROM password_reset_request_event WHERE requested_at < ? LIMIT ?)",
                            now.minus(RESET_REQUESTS_KEPT_FOR))
                    + deleteInBatches(
                            connection,
                            "DELETE FROM idempotency_key WHERE (scope_hash, idempotency_key) IN (SELECT scope_hash, "
                                    + "idempotency_key FROM idempotency_key WHERE started_at < ? LIMIT ?)",
                            now.minus(idempotencyKeysKeptFor))
                    + deleteInBatches(
                            connection,
                            "DELETE FROM customer_audit WHERE id IN (SELECT id FROM customer_audit "
                                    + "WHERE customer_deleted_at < ? LIMIT ?)",
                            now.minus(deletedCustomersHistoryKeptFor));
        }
    }

    private static int deleteInBatches(Connection connection, String delete, Instant before) throws SQLException {
        int total = 0;
        int deleted;
        try (PreparedStatement batch = connection.prepareStatement(delete)) {
            batch.setObject(1, LocalDateTime.ofInstant(before, ZoneOffset.UTC));
            batch.setInt(2, BATCH);
            do {
                deleted = batch.executeUpdate();
                total += deleted;
            } while (deleted == BATCH);
        }
        return total;
    }
}
