package com.customeraccounts.notification;

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
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import javax.sql.DataSource;

/**
 * The {@code email_outbox} table, in plain SQL that H2 and PostgreSQL both run. Claiming takes due rows
 * with {@code FOR UPDATE SKIP LOCKED} and leases them (moves their next attempt past the time a delivery
 * can take) in one short transaction, so that concurrent workers, in this instance or another, never
 * deliver a row twice while it is being delivered. Each claim marks its rows with a token of its own: only
 * that claim renews or hands back their lease.
 */
final class EmailOutbox {

    static final String QUEUED = "queued";
    static final String SENT = "sent";
    static final String FAILING = "failing";
    static final String FAILED = "failed";

    private final DataSource dataSource;

    EmailOutbox(DataSource dataSource) {
        this.dataSource = dataSource;
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

    /** Claims up to {@code limit} due rows for {@code lease} under {@code token}, counting the attempt. */
    List<OutboxEmail> claimDue(Instant now, int limit, Duration lease, String token) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                List<Long> ids = new ArrayList<>();
                // Named statuses, not "not sent": the (status, next_attempt_at) index then finds the few due
                // rows without walking every email ever sent.
                try (PreparedStatement select = c.prepareStatement("SELECT id FROM email_outbox "
                        + "WHERE status IN (?, ?) AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ? "
                        + "FOR UPDATE SKIP LOCKED")) {
                    select.setString(1, QUEUED);
                    select.setString(2, FAILING);
                    select.setObject(3, utc(now));
                    select.setInt(4, limit);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            ids.add(rows.getLong(1));
                        }
                    }
                }
                List<OutboxEmail> claimed = ids.isEmpty() ? List.of() : lease(c, ids, now.plus(lease), token);
                c.commit();
                return claimed;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private static List<OutboxEmail> lease(Connection c, List<Long> ids, Instant until, String token)
            throws SQLException {
        String in = placeholders(ids.size());
        try (PreparedStatement update = c.prepareStatement("UPDATE email_outbox SET next_attempt_at = ?, "
                + "lease_token = ?, attempts = attempts + 1 WHERE id IN " + in)) {
            update.setObject(1, utc(until));
            update.setString(2, token);
            for (int i = 0; i < ids.size(); i++) {
                update.setLong(i + 3, ids.get(i));
            }
            update.executeUpdate();
        }
        List<OutboxEmail> emails = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT id, customer_id, email_type, recipient, "
                + "recipient_name, sender, sender_name, subject, text_body, html_body, link_secret, attempts, queued_at, "
                + "request_id "
                + "FROM email_outbox "
                + "WHERE id IN " + in + " ORDER BY id")) {
            for (int i = 0; i < ids.size(); i++) {
                select.setLong(i + 1, ids.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    emails.add(new OutboxEmail(
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
            }
        }
        return emails;
    }

    /**
     * Hands rows claimed under {@code token} back undelivered: due at {@code now} again, as if never claimed
     * (the attempt not counted). Rows that are no longer queued or failing, or that another claim holds now,
     * are left as they are.
     */
    void release(List<OutboxEmail> emails, Instant now, String token) throws SQLException {
        String in = placeholders(emails.size());
        try (Connection c = dataSource.getConnection();
                PreparedStatement update = c.prepareStatement("UPDATE email_outbox SET next_attempt_at = ?, "
                        + "lease_token = NULL, attempts = attempts - 1 "
                        + "WHERE status IN (?, ?) AND lease_token = ? AND id IN " + in)) {
            update.setObject(1, utc(now));
            update.setString(2, QUEUED);
            update.setString(3, FAILING);
            update.setString(4, token);
            for (int i = 0; i < emails.size(); i++) {
                update.setLong(i + 5, emails.get(i).id());
            }
            update.executeUpdate();
        }
    }

    /**
     * Extends to {@code until} the lease of the rows that the claim {@code token} still holds (not yet sent,
     * failed or put off, not taken by another claim); returns how many.
     */
    int renew(List<Long> ids, Instant until, String token) throws SQLException {
        String in = placeholders(ids.size());
        try (Connection c = dataSource.getConnection();
                PreparedStatement update = c.prepareStatement("UPDATE email_outbox SET next_attempt_at = ? "
                        + "WHERE status IN (?, ?) AND lease_token = ? AND id IN " + in)) {
            update.setObject(1, utc(until));
            update.setString(2, QUEUED);
            update.setString(3, FAILING);
            update.setString(4, token);
            for (int i = 0; i < ids.size(); i++) {
                update.setLong(i + 5, ids.get(i));
            }
            return update.executeUpdate();
        }
    }

    /** Marks the email sent and, in the same statement, drops its secret from the row. */
    void markSent(OutboxEmail email, Instant now) throws SQLException {
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

    /** Gives the email up, never to be tried again, and drops its secret from the row: it is of no use now. */
    void markFailed(OutboxEmail email, String error) throws SQLException {
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

    /**
     * Deletes up to {@code limit} emails that were sent, or given up, before {@code before}; returns how many.
     * Deleting is idempotent, so instances purging at the same time at worst wait for each other.
     */
    int purgeDone(Instant before, int limit) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement delete = c.prepareStatement("DELETE FROM email_outbox WHERE id IN (SELECT id "
                        + "FROM email_outbox WHERE (status = ? AND sent_at < ?) OR (status = ? AND queued_at < ?) "
                        + "ORDER BY id LIMIT ?)")) {
            delete.setString(1, SENT);
            delete.setObject(2, utc(before));
            delete.setString(3, FAILED);
            delete.setObject(4, utc(before));
            delete.setInt(5, limit);
            return delete.executeUpdate();
        }
    }

    /**
     * Schedules the next attempt, only while the claim under {@code token} still holds the row: a worker whose
     * lease ran out (a long pause) must not reschedule a row another worker has claimed since and may be
     * sending, which would make it due for a third. (Marking it sent needs no such guard: it was handed over.)
     */
    void markFailing(long id, String token, String error, Instant nextAttempt) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement update = c.prepareStatement(
                        "UPDATE email_outbox SET status = ?, last_error = ?, "
                                + "lease_token = NULL, next_attempt_at = ? WHERE id = ? AND status IN (?, ?) AND lease_token = ?")) {
            update.setString(1, FAILING);
            update.setString(2, truncated(error));
            update.setObject(3, utc(nextAttempt));
            update.setLong(4, id);
            update.setString(5, QUEUED);
            update.setString(6, FAILING);
            update.setString(7, token);
            update.executeUpdate();
        }
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

    private static String truncated(String error) {
        return error.length() > 2000 ? error.substring(0, 2000) : error;
    }

    private static String placeholders(int count) {
        StringJoiner in = new StringJoiner(", ", "(", ")");
        for (int i = 0; i < count; i++) {
            in.add("?");
        }
        return in.toString();
    }

    /**
     * Stored as UTC wall-clock time, like every timestamp of this service; passed as {@code LocalDateTime}
     * so that the JVM's time zone (and its daylight-saving gaps) never shifts it.
     */
    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    static Duration backoff(int attempts) {
        long seconds = Math.min(300, 4L << Math.min(Math.max(attempts - 1, 0), 10));
        return Duration.ofSeconds(seconds);
    }
}
