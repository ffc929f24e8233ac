package com.customeraccounts.web.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** The service's {@code email_outbox} table, written and read straight through the test's own connection. */
final class OutboxTable {

    /** A row as the worker leaves it: its status, the attempts counted and when it is due next. */
    record Row(long id, String status, int attempts, Instant nextAttemptAt) {}

    private OutboxTable() {}

    /** Queues a welcome email due since {@code due}, as the service would have; returns its id. */
    static long queue(Connection db, Instant due) throws SQLException {
        return queue(db, due, "queued@example.com");
    }

    /** Queues a welcome email to {@code recipient} due since {@code due}; returns its id. */
    static long queue(Connection db, Instant due, String recipient) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO email_outbox (customer_id, email_type, "
                        + "recipient, sender, subject, text_body, html_body, status, attempts, queued_at, next_attempt_at) "
                        + "VALUES (1, 'registered', ?, 'owner@example.com', 'Welcome', 'text', "
                        + "'html', 'queued', 0, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            Timestamp at = Timestamp.valueOf(LocalDateTime.ofInstant(due, ZoneOffset.UTC));
            insert.setString(1, recipient);
            insert.setTimestamp(2, at);
            insert.setTimestamp(3, at);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static Row row(Connection db, long id) throws SQLException {
        try (PreparedStatement select =
                db.prepareStatement("SELECT status, attempts, next_attempt_at FROM email_outbox WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new AssertionError("no outbox row " + id);
                }
                return new Row(
                        id,
                        row.getString(1),
                        row.getInt(2),
                        row.getObject(3, LocalDateTime.class).toInstant(ZoneOffset.UTC));
            }
        }
    }
}
