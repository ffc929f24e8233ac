package com.customeraccounts.persistence.access;

import com.customeraccounts.access.TokenRequestLog;
import com.customeraccounts.access.TokenUser;
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
 * {@code oauth_token_request_log} through plain JDBC, each call on its own connection in auto-commit
 * ({@code NOT_SUPPORTED} suspends a caller's transaction): a counted failure stays counted whatever its
 * request does next. The count is raised by one {@code UPDATE} so that parallel failures all count; a
 * first failure inserts, and an insert that loses the race to another falls back to the update. Expired
 * rows count as none, and {@code ExpiredRows} deletes them hourly.
 */
@ApplicationScoped
public class JdbcTokenRequestLog implements TokenRequestLog {

    private final LazyDataSource dataSource;

    public JdbcTokenRequestLog() {
        this(null);
    }

    public JdbcTokenRequestLog(DataSource dataSource) {
        this.dataSource = new LazyDataSource(dataSource);
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int failures(TokenUser user, Instant now) {
        try (Connection connection = dataSource.get().getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT failures_count FROM "
                        + "oauth_token_request_log WHERE user_type = ? AND user_key = ? AND lock_expires_at > ?")) {
            select.setInt(1, user.type().code());
            select.setString(2, user.nameHash());
            select.setObject(3, utc(now));
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getInt(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the token request log: " + e.getMessage(), e);
        }
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Optional<Failures> current(TokenUser user, Instant now) {
        try (Connection connection = dataSource.get().getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT failures_count, lock_expires_at FROM "
                        + "oauth_token_request_log WHERE user_type = ? AND user_key = ? AND lock_expires_at > ?")) {
            select.setInt(1, user.type().code());
            select.setString(2, user.nameHash());
            select.setObject(3, utc(now));
            try (ResultSet row = select.executeQuery()) {
                return row.next()
                        ? Optional.of(new Failures(
                                row.getInt(1),
                                row.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the token request log: " + e.getMessage(), e);
        }
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void recordFailure(TokenUser user, Instant now, Instant lockExpiresAt) {
        try (Connection connection = dataSource.get().getConnection()) {
            if (increment(connection, user, now, lockExpiresAt) == 0 && !insert(connection, user, lockExpiresAt)) {
                increment(connection, user, now, lockExpiresAt);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record a failed token request: " + e.getMessage(), e);
        }
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void reset(TokenUser user) {
        try (Connection connection = dataSource.get().getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM oauth_token_request_log WHERE user_type = ? AND user_key = ?")) {
            delete.setInt(1, user.type().code());
            delete.setString(2, user.nameHash());
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reset the token request log: " + e.getMessage(), e);
        }
    }

    private static int increment(Connection connection, TokenUser user, Instant now, Instant lockExpiresAt)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE oauth_token_request_log SET "
                + "failures_count = CASE WHEN lock_expires_at > ? THEN failures_count + 1 ELSE 1 END, "
                + "lock_expires_at = ? WHERE user_type = ? AND user_key = ?")) {
            update.setObject(1, utc(now));
            update.setObject(2, utc(lockExpiresAt));
            update.setInt(3, user.type().code());
            update.setString(4, user.nameHash());
            return update.executeUpdate();
        }
    }

    private static boolean insert(Connection connection, TokenUser user, Instant lockExpiresAt) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO oauth_token_request_log "
                + "(user_type, user_key, failures_count, lock_expires_at) VALUES (?, ?, 1, ?)")) {
            insert.setInt(1, user.type().code());
            insert.setString(2, user.nameHash());
            insert.setObject(3, utc(lockExpiresAt));
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
