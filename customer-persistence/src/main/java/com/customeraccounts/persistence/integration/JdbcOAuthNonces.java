package com.customeraccounts.persistence.integration;

import com.customeraccounts.access.OAuthNonces;
import com.customeraccounts.persistence.database.LazyDataSource;
import com.customeraccounts.persistence.database.Occasionally;
import com.customeraccounts.persistence.database.SqlErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Used nonces in {@code oauth_nonce}, one row per consumer and nonce: the primary key makes a second use
 * fail on every instance at once. Rows are kept an hour, well past the ten minutes a timestamp stays
 * acceptable, and deleted now and then by whichever request comes along.
 *
 * <p>Each nonce is written in its own transaction ({@code NOT_SUPPORTED} suspends the caller's): a
 * refused insert must not poison a caller's PostgreSQL transaction, and a used nonce stays used even
 * when the request's own work rolls back.
 */
@ApplicationScoped
public class JdbcOAuthNonces implements OAuthNonces {

    private static final Logger LOG = Logger.getLogger(JdbcOAuthNonces.class.getName());
    static final Duration KEPT_FOR = Duration.ofHours(1);
    static final Duration CLEAN_UP_EVERY = Duration.ofMinutes(5);

    private final LazyDataSource dataSource;
    private Clock clock;
    private final Occasionally cleanUp = new Occasionally(CLEAN_UP_EVERY);

    protected JdbcOAuthNonces() {
        this(null, null);
    }

    /** The application's data source, looked up on first use: a {@code @Resource} in a library jar is not registered. */
    @Inject
    public JdbcOAuthNonces(Clock clock) {
        this(null, clock);
    }

    public JdbcOAuthNonces(DataSource dataSource, Clock clock) {
        this.dataSource = new LazyDataSource(dataSource);
        this.clock = clock;
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public boolean use(String consumerKey, String nonce, Instant timestamp) {
        try (Connection connection = dataSource.get().getConnection()) {
            if (!insert(connection, consumerKey, nonce, timestamp)) {
                return false;
            }
            cleanUpIfDue(connection);
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record an OAuth nonce: " + e.getMessage(), e);
        }
    }

    private static boolean insert(Connection connection, String consumerKey, String nonce, Instant timestamp)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO oauth_nonce (consumer_key, nonce, used_at) VALUES (?, ?, ?)")) {
            insert.setString(1, consumerKey);
            insert.setString(2, nonce);
            insert.setObject(3, LocalDateTime.ofInstant(timestamp, ZoneOffset.UTC));
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    /** One request in five minutes per instance pays for the delete; a failed one is retried next time. */
    private void cleanUpIfDue(Connection connection) {
        Instant now = clock.instant();
        if (!cleanUp.due(now)) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM oauth_nonce WHERE used_at < ?")) {
            delete.setObject(1, LocalDateTime.ofInstant(now.minus(KEPT_FOR), ZoneOffset.UTC));
            delete.executeUpdate();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not delete old OAuth nonces; will try again", e);
        }
    }
}
