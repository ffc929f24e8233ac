package com.customeraccounts.persistence.idempotency;

import com.customeraccounts.idempotency.IdempotencyRecord;
import com.customeraccounts.idempotency.IdempotencyRecords;
import com.customeraccounts.idempotency.RequestFingerprint;
import com.customeraccounts.idempotency.StoredResponse;
import com.customeraccounts.persistence.database.LazyDataSource;
import com.customeraccounts.persistence.database.SqlErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * {@code idempotency_key}: started and abandoned on a connection of their own in auto-commit
 * ({@code NOT_SUPPORTED} suspends the caller's transaction), so that every instance sees a started key at
 * once; completed in the caller's transaction ({@code MANDATORY}), with the change it answers. Rows started
 * longer ago than the key's lifetime are deleted by {@code ExpiredRows}.
 */
@ApplicationScoped
public class JdbcIdempotencyRecords implements IdempotencyRecords {

    private final LazyDataSource dataSource;

    public JdbcIdempotencyRecords() {
        this(null);
    }

    public JdbcIdempotencyRecords(DataSource dataSource) {
        this.dataSource = new LazyDataSource(dataSource);
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Optional<IdempotencyRecord> find(String scope, String key) {
        try (Connection connection = dataSource.get().getConnection()) {
            return find(connection, scope, key);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read an idempotency key: " + e.getMessage(), e);
        }
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Optional<IdempotencyRecord> start(String scope, String key, RequestFingerprint fingerprint, Instant now) {
        try (Connection connection = dataSource.get().getConnection()) {
            // a race lost between the insert and the read (the row deleted meanwhile) is retried once
            for (int attempt = 0; attempt < 2; attempt++) {
                if (insert(connection, scope, key, fingerprint, now)) {
                    return Optional.empty();
                }
                Optional<IdempotencyRecord> existing = find(connection, scope, key);
                if (existing.isPresent()) {
                    return existing;
                }
            }
            throw new IllegalStateException("An idempotency key kept appearing and disappearing");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record an idempotency key: " + e.getMessage(), e);
        }
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public boolean takeOver(
            String scope,
            String key,
            RequestFingerprint fingerprint,
            Instant now,
            Instant expiredBefore,
            Instant abandonedBefore) {
        try (Connection connection = dataSource.get().getConnection();
                PreparedStatement update = connection.prepareStatement("UPDATE idempotency_key SET request_digest = ?, "
                        + "secrets_hash = ?, started_at = ?, response_status = NULL, response_body = NULL "
                        + "WHERE scope_hash = ? AND idempotency_key = ? "
                        + "AND (started_at < ? OR (response_status IS NULL AND started_at < ?))")) {
            update.setString(1, fingerprint.digest());
            update.setString(2, fingerprint.secretsHash().orElse(null));
            update.setObject(3, utc(now));
            update.setString(4, scope);
            update.setString(5, key);
            update.setObject(6, utc(expiredBefore));
            update.setObject(7, utc(abandonedBefore));
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take over an idempotency key: " + e.getMessage(), e);
        }
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(String scope, String key, StoredResponse response) {
        try (Connection connection = dataSource.get().getConnection();
                PreparedStatement update =
                        connection.prepareStatement("UPDATE idempotency_key SET response_status = ?, "
                                + "response_body = ? WHERE scope_hash = ? AND idempotency_key = ?")) {
            update.setInt(1, response.status());
            update.setString(2, response.body());
            update.setString(3, scope);
            update.setString(4, key);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("The idempotency key being completed is gone");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store the answer of an idempotency key: " + e.getMessage(), e);
        }
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void abandon(String scope, String key) {
        try (Connection connection = dataSource.get().getConnection();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM idempotency_key "
                        + "WHERE scope_hash = ? AND idempotency_key = ? AND response_status IS NULL")) {
            delete.setString(1, scope);
            delete.setString(2, key);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot forget an idempotency key: " + e.getMessage(), e);
        }
    }

    private static boolean insert(
            Connection connection, String scope, String key, RequestFingerprint fingerprint, Instant now)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO idempotency_key "
                + "(scope_hash, idempotency_key, request_digest, secrets_hash, started_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, scope);
            insert.setString(2, key);
            insert.setString(3, fingerprint.digest());
            insert.setString(4, fingerprint.secretsHash().orElse(null));
            insert.setObject(5, utc(now));
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    private static Optional<IdempotencyRecord> find(Connection connection, String scope, String key)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT request_digest, secrets_hash, started_at, "
                + "response_status, response_body FROM idempotency_key WHERE scope_hash = ? AND idempotency_key = ?")) {
            select.setString(1, scope);
            select.setString(2, key);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                RequestFingerprint fingerprint =
                        new RequestFingerprint(row.getString(1), Optional.ofNullable(row.getString(2)));
                Instant startedAt = row.getObject(3, LocalDateTime.class).toInstant(ZoneOffset.UTC);
                int status = row.getInt(4);
                Optional<StoredResponse> response =
                        row.wasNull() ? Optional.empty() : Optional.of(new StoredResponse(status, row.getString(5)));
                return Optional.of(new IdempotencyRecord(fingerprint, response, startedAt));
            }
        }
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
