package com.customeraccounts.notification;

import static com.customeraccounts.notification.OutboxLeases.instant;
import static com.customeraccounts.notification.OutboxLeases.truncated;
import static com.customeraccounts.notification.OutboxLeases.utc;

import com.customeraccounts.customer.CustomerId;
import com.customeraccounts.email.EmailDelivery;
import com.customeraccounts.trace.RequestContext;
import com.customeraccounts.trace.RequestId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The {@code email_outbox} table, in plain SQL that H2 and PostgreSQL both run, its claims and leases kept by
 * {@link OutboxLeases}.
 */
final class EmailOutbox implements OutboxTable<OutboxEmail> {

    static final String QUEUED = OutboxLeases.QUEUED;
    static final String SENT = "sent";
    static final String FAILING = OutboxLeases.FAILING;
    static final String FAILED = OutboxLeases.FAILED;

    private final DataSource dataSource;
    private final OutboxLeases leases;

    EmailOutbox(DataSource dataSource) {
        this.dataSource = dataSource;
        this.leases = new OutboxLeases(dataSource, "email_outbox", "sent_at", null);
    }

    /**
     * Writes the email through the caller's connection, in the caller's transaction, with the id of the request
     * the calling thread serves ({@link RequestContext}), if any.
     */
    static void enqueue(Connection connection, EmailMessage message, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO email_outbox (customer_id, "
                + "email_type, recipient, recipient_name, sender, sender_name, subject, text_body, html_body, link_secret, "
                + "status, attempts, queued_at, next_attempt_at, request_id) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)")) {
            insert.setLong(1, message.customerId());
            insert.setString(2, message.type().code());
            insert.setString(3, message.to().email());
            insert.setString(4, message.to().name());
            insert.setString(5, message.from().email());
            insert.setString(6, message.from().name());
            insert.setString(7, message.subject());
            insert.setString(8, message.text());
            insert.setString(9, message.html());
            insert.setString(10, message.linkSecret());
            insert.setString(11, QUEUED);
            insert.setObject(12, utc(now));
            insert.setObject(13, utc(now));
            insert.setString(
                    14, RequestContext.requestId().map(RequestId::value).orElse(null));
            insert.executeUpdate();
        }
    }

    /** The emails not yet delivered (queued or failing, due or not), and when the longest-waiting due one became due. */
    record Backlog(long undelivered, Optional<Instant> oldestDue) {}

    /** When the longest-waiting due email became due, if any is due. */
    Optional<Instant> oldestDue(Instant now, int queryTimeoutSeconds) throws SQLException {
        return backlog(now, queryTimeoutSeconds).oldestDue();
    }

    /** One query on the (status, next_attempt_at) index, for the readiness check and the metrics alike. */
    Backlog backlog(Instant now, int queryTimeoutSeconds) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement("SELECT COUNT(*), "
                        + "MIN(CASE WHEN next_attempt_at <= ? THEN next_attempt_at END) FROM email_outbox "
                        + "WHERE status IN (?, ?)")) {
            select.setQueryTimeout(queryTimeoutSeconds);
            select.setObject(1, utc(now));
            select.setString(2, QUEUED);
            select.setString(3, FAILING);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return new Backlog(row.getLong(1), Optional.ofNullable(instant(row.getObject(2, LocalDateTime.class))));
            }
        }
    }

    @Override
    public List<OutboxEmail> claimDue(Instant now, int limit, Duration lease, String token) throws SQLException {
        return leases.claimDue(
                now,
                limit,
                lease,
                token,
                "",
                "id, customer_id, email_type, recipient, recipient_name, sender, sender_name, subject, text_body, "
                        + "html_body, link_secret, attempts, queued_at, request_id",
                rows -> new OutboxEmail(
                        rows.getLong(1),
                        rows.getLong(2),
                        rows.getString(3),
                        rows.getString(4),
                        rows.getString(5),
                        rows.getString(6),
                        rows.getString(7),
                        rows.getString(8),
                        rows.getString(9),
                        rows.getString(10),
                        rows.getString(11),
                        rows.getInt(12),
                        instant(rows.getObject(13, LocalDateTime.class)),
                        rows.getString(14)));
    }

    @Override
    public void release(List<OutboxEmail> emails, Instant now, String token) throws SQLException {
        leases.release(emails.stream().map(OutboxEmail::id).toList(), now, token);
    }

    @Override
    public int renew(List<Long> ids, Instant until, String token) throws SQLException {
        return leases.renew(ids, until, token);
    }

    @Override
    public Set<Long> held(List<Long> ids, String token) throws SQLException {
        return leases.held(ids, token);
    }

    /** Marks the email sent and, in the same statement, drops its secret from the row. */
    @Override
    public void markDelivered(OutboxEmail email, Instant now) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement update = c.prepareStatement(
                        "UPDATE email_outbox SET status = ?, sent_at = ?, "
                                + "lease_token = NULL, last_error = NULL, text_body = ?, html_body = ?, link_secret = NULL WHERE id = ?")) {
            update.setString(1, SENT);
            update.setObject(2, utc(now));
            update.setString(3, email.redactedText());
            update.setString(4, email.redactedHtml());
            update.setLong(5, email.id());
            update.executeUpdate();
        }
    }

    /** Drops the email's secret from the row too: it is of no use now. */
    @Override
    public void markFailed(OutboxEmail email, String error) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement update = c.prepareStatement(
                        "UPDATE email_outbox SET status = ?, last_error = ?, "
                                + "lease_token = NULL, text_body = ?, html_body = ?, link_secret = NULL WHERE id = ? AND status IN (?, ?)")) {
            update.setString(1, FAILED);
            update.setString(2, truncated(error));
            update.setString(3, email.redactedText());
            update.setString(4, email.redactedHtml());
            update.setLong(5, email.id());
            update.setString(6, QUEUED);
            update.setString(7, FAILING);
            update.executeUpdate();
        }
    }

    @Override
    public int purgeDone(Instant before, int limit) throws SQLException {
        return leases.purgeDone(SENT, before, limit);
    }

    @Override
    public void markFailing(long id, String token, String error, Instant nextAttempt) throws SQLException {
        leases.markFailing(id, token, error, nextAttempt);
    }

    List<EmailDelivery> deliveriesOf(CustomerId customer) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement("SELECT id, email_type, status, attempts, last_error, "
                        + "queued_at, sent_at FROM email_outbox WHERE customer_id = ? ORDER BY id")) {
            select.setLong(1, customer.value());
            List<EmailDelivery> deliveries = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    deliveries.add(new EmailDelivery(
                            rows.getLong(1),
                            rows.getString(2),
                            rows.getString(3),
                            rows.getInt(4),
                            rows.getString(5),
                            instant(rows.getObject(6, LocalDateTime.class)),
                            instant(rows.getObject(7, LocalDateTime.class))));
                }
            }
            return deliveries;
        }
    }

    @Override
    public String toString() {
        return "the email outbox";
    }
}
