package com.customeraccounts.persistence.retention;

import static org.assertj.core.api.Assertions.assertThat;

import com.customeraccounts.persistence.database.FreshDatabases;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Expired access tokens, expired token request failures and old password reset requests go away, on a real PostgreSQL 17 and on H2. */
class ExpiredRowsIT {

    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Duration KEYS_KEPT_FOR = Duration.ofHours(24);
    private static final Duration HISTORY_KEPT_FOR = Duration.ofDays(365);

    static Stream<Arguments> databases() {
        return FreshDatabases.postgresAndH2();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void deletesAccessTokensOnceTheyExpireAndKeepsTheValidOnes(String name, Supplier<DataSource> database)
            throws SQLException {
        DataSource ds = database.get();
        token(ds, "expired-a-minute-ago", NOW.minusSeconds(60));
        token(ds, "expiring-now", NOW);
        token(ds, "valid-for-an-hour", NOW.plus(Duration.ofHours(1)));

        int deleted = new ExpiredRows(ds, CLOCK, KEYS_KEPT_FOR, HISTORY_KEPT_FOR).purge();

        assertThat(deleted).isEqualTo(2);
        assertThat(column(ds, "SELECT token_hash FROM oauth_token")).containsExactly("valid-for-an-hour");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void deletesPasswordResetRequestsOlderThanADayAndKeepsTheOnesTheLimitsCount(
            String name, Supplier<DataSource> database) throws SQLException {
        DataSource ds = database.get();
        resetRequest(ds, "jane@example.com", NOW.minus(Duration.ofHours(25)));
        resetRequest(ds, "jane@example.com", NOW.minus(Duration.ofHours(23)));
        resetRequest(ds, "jane@example.com", NOW.minus(Duration.ofMinutes(5)));

        int deleted = new ExpiredRows(ds, CLOCK, KEYS_KEPT_FOR, HISTORY_KEPT_FOR).purge();

        assertThat(deleted).isEqualTo(1);
        assertThat(column(ds, "SELECT requested_at FROM password_reset_request_event ORDER BY requested_at"))
                .hasSize(2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void deletesEveryExpiredTokenBatchByBatch(String name, Supplier<DataSource> database) throws SQLException {
        DataSource ds = database.get();
        int total = 2 * ExpiredRows.BATCH + 1;
        for (int i = 0; i < total; i++) {
            token(ds, "expired-" + i, NOW.minusSeconds(i + 1));
        }

        int deleted = new ExpiredRows(ds, CLOCK, KEYS_KEPT_FOR, HISTORY_KEPT_FOR).purge();

        assertThat(deleted).isEqualTo(total);
        assertThat(column(ds, "SELECT token_hash FROM oauth_token")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void deletesTokenRequestFailuresOnceTheirLockHasExpired(String name, Supplier<DataSource> database)
            throws SQLException {
        DataSource ds = database.get();
        failures(ds, "expired", NOW.minusSeconds(1));
        failures(ds, "locked", NOW.plus(Duration.ofMinutes(30)));

        int deleted = new ExpiredRows(ds, CLOCK, KEYS_KEPT_FOR, HISTORY_KEPT_FOR).purge();

        assertThat(deleted).isEqualTo(1);
        assertThat(column(ds, "SELECT user_key FROM oauth_token_request_log")).containsExactly("locked");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void deletesIdempotencyKeysOlderThanTheirLifetimeAndKeepsTheYoungerOnes(String name, Supplier<DataSource> database)
            throws SQLException {
        DataSource ds = database.get();
        idempotencyKey(ds, "started-25-hours-ago", NOW.minus(Duration.ofHours(25)));
        idempotencyKey(ds, "started-23-hours-ago", NOW.minus(Duration.ofHours(23)));

        int deleted = new ExpiredRows(ds, CLOCK, KEYS_KEPT_FOR, HISTORY_KEPT_FOR).purge();

        assertThat(deleted).isEqualTo(1);
        assertThat(column(ds, "SELECT idempotency_key FROM idempotency_key")).containsExactly("started-23-hours-ago");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void deletesTheHistoryOfCustomersDeletedLongerAgoThanItsRetentionAndKeepsTheRest(
            String name, Supplier<DataSource> database) throws SQLException {
        DataSource ds = database.get();
        auditEntry(ds, 1, null);
        auditEntry(ds, 2, NOW.minus(Duration.ofDays(366)));
        auditEntry(ds, 3, NOW.minus(Duration.ofDays(364)));

        int deleted = new ExpiredRows(ds, CLOCK, KEYS_KEPT_FOR, HISTORY_KEPT_FOR).purge();

        assertThat(deleted).isEqualTo(1);
        assertThat(column(ds, "SELECT customer_id FROM customer_audit ORDER BY customer_id"))
                .containsExactly("1", "3");
    }

    private static void auditEntry(DataSource ds, long customerId, Instant customerDeletedAt) throws SQLException {
        try (Connection c = ds.getConnection();
                PreparedStatement insert = c.prepareStatement("INSERT INTO customer_audit (customer_id, event, actor, "
                        + "occurred_at, fields, customer_deleted_at) VALUES (?, 'created', 'guest', ?, '', ?)")) {
            insert.setLong(1, customerId);
            insert.setObject(2, LocalDateTime.ofInstant(NOW.minus(Duration.ofDays(400)), ZoneOffset.UTC));
            insert.setObject(
                    3, customerDeletedAt == null ? null : LocalDateTime.ofInstant(customerDeletedAt, ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    private static void idempotencyKey(DataSource ds, String key, Instant startedAt) throws SQLException {
        try (Connection c = ds.getConnection();
                PreparedStatement insert = c.prepareStatement("INSERT INTO idempotency_key (scope_hash, "
                        + "idempotency_key, request_digest, started_at) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, "0".repeat(64));
            insert.setString(2, key);
            insert.setString(3, "1".repeat(64));
            insert.setObject(4, LocalDateTime.ofInstant(startedAt, ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    private static void failures(DataSource ds, String userKey, Instant lockExpiresAt) throws SQLException {
        try (Connection c = ds.getConnection();
                PreparedStatement insert = c.prepareStatement("INSERT INTO oauth_token_request_log (user_type, "
                        + "user_key, failures_count, lock_expires_at) VALUES (2, ?, 6, ?)")) {
            insert.setString(1, userKey);
            insert.setObject(2, LocalDateTime.ofInstant(lockExpiresAt, ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    private static void token(DataSource ds, String hash, Instant expiresAt) throws SQLException {
        try (Connection c = ds.getConnection();
                PreparedStatement insert = c.prepareStatement("INSERT INTO oauth_token (token_hash, user_type, "
                        + "created_at, expires_at) VALUES (?, 3, ?, ?)")) {
            insert.setString(1, hash);
            insert.setObject(2, LocalDateTime.ofInstant(expiresAt.minus(Duration.ofHours(1)), ZoneOffset.UTC));
            insert.setObject(3, LocalDateTime.ofInstant(expiresAt, ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    private static void resetRequest(DataSource ds, String emailKey, Instant at) throws SQLException {
        try (Connection c = ds.getConnection();
                PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO password_reset_request_event (email_key, " + "requested_at) VALUES (?, ?)")) {
            insert.setString(1, emailKey);
            insert.setObject(2, LocalDateTime.ofInstant(at, ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    private static List<String> column(DataSource ds, String select) throws SQLException {
        try (Connection c = ds.getConnection();
                ResultSet rows = c.createStatement().executeQuery(select)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
