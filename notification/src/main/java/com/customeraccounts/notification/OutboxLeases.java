package com.customeraccounts.notification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import javax.sql.DataSource;

/**
 * The claims and leases both outbox tables keep, in plain SQL that H2 and PostgreSQL both run, on the columns
 * they share: {@code id}, {@code status} ({@code queued} and {@code failing} are the undelivered ones),
 * {@code attempts}, {@code queued_at}, {@code next_attempt_at}, {@code lease_token} and {@code last_error}.
 * Claiming takes due rows with {@code FOR UPDATE SKIP LOCKED} and leases them (moves their next attempt past
 * the time a delivery can take) in one short transaction, so that concurrent workers, in this instance or
 * another, never deliver a row twice while it is being delivered. The table's name is this module's constant,
 * never input.
 */
final class OutboxLeases {

    static final String QUEUED = "queued";
    static final String FAILING = "failing";
    static final String FAILED = "failed";
    /** The undelivered statuses as SQL literals, for a condition of a table's own. */
    static final String UNDELIVERED = "('" + QUEUED + "', '" + FAILING + "')";

    /** Reads one claimed row from the columns the table asked for. */
    interface RowReader<R> {
        R read(ResultSet row) throws SQLException;
    }

    private final DataSource dataSource;
    private final String table;
    private final String doneColumn;
    private final String firstAttemptColumn;

    /**
     * @param doneColumn         when a row was delivered ({@code sent_at}, {@code delivered_at})
     * @param firstAttemptColumn where a row's first claim is noted, or null for a table without one
     */
    OutboxLeases(DataSource dataSource, String table, String doneColumn, String firstAttemptColumn) {
        this.dataSource = dataSource;
        this.table = table;
        this.doneColumn = doneColumn;
        this.firstAttemptColumn = firstAttemptColumn;
    }

    /**
     * Claims up to {@code limit} due rows for {@code lease} under {@code token}, counting the attempt, and reads
     * them.
     *
     * @param dueAlso   SQL added to the due rows' condition, on the table aliased {@code w} (empty for none)
     * @param columns   the columns {@code reader} reads, in its order
     */
    <R> List<R> claimDue(
            Instant now, int limit, Duration lease, String token, String dueAlso, String columns, RowReader<R> reader)
            throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                List<Long> ids = new ArrayList<>();
                // Named statuses, not "not delivered": the (status, next_attempt_at) index then finds the few due
                // rows without walking every row ever delivered.
                try (PreparedStatement select = c.prepareStatement("SELECT id FROM " + table + " w "
                        + "WHERE status IN " + UNDELIVERED + " AND next_attempt_at <= ? " + dueAlso
                        + " ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED")) {
                    select.setObject(1, utc(now));
                    select.setInt(2, limit);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            ids.add(rows.getLong(1));
                        }
                    }
                }
                List<R> claimed =
                        ids.isEmpty() ? List.of() : lease(c, ids, now, now.plus(lease), token, columns, reader);
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

    private <R> List<R> lease(
            Connection c, List<Long> ids, Instant now, Instant until, String token, String columns, RowReader<R> reader)
            throws SQLException {
        String in = placeholders(ids.size());
        String firstAttempt = firstAttemptColumn == null
                ? ""
                : ", " + firstAttemptColumn + " = COALESCE(" + firstAttemptColumn + ", ?)";
        try (PreparedStatement update = c.prepareStatement("UPDATE " + table + " SET next_attempt_at = ?, "
                + "lease_token = ?, attempts = attempts + 1" + firstAttempt + " WHERE id IN " + in)) {
            int next = 1;
            update.setObject(next++, utc(until));
            update.setString(next++, token);
            if (firstAttemptColumn != null) {
                update.setObject(next++, utc(now));
            }
            setIds(update, next, ids);
            update.executeUpdate();
        }
        List<R> rows = new ArrayList<>();
        try (PreparedStatement select =
                c.prepareStatement("SELECT " + columns + " FROM " + table + " WHERE id IN " + in + " ORDER BY id")) {
            setIds(select, 1, ids);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rows.add(reader.read(row));
                }
            }
        }
        return rows;
    }

    /**
     * Hands rows claimed under {@code token} back undelivered: due at {@code now} again, as if never claimed (the
     * attempt not counted). Rows no longer undelivered, or that another claim holds now, are left as they are.
     */
    void release(List<Long> ids, Instant now, String token) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement update = c.prepareStatement("UPDATE " + table + " SET next_attempt_at = ?, "
                        + "lease_token = NULL, attempts = attempts - 1 "
                        + "WHERE status IN " + UNDELIVERED + " AND lease_token = ? AND id IN "
                        + placeholders(ids.size()))) {
            update.setObject(1, utc(now));
            update.setString(2, token);
            setIds(update, 3, ids);
            update.executeUpdate();
        }
    }

    /**
     * Extends to {@code until} the lease of the rows that the claim {@code token} still holds (not yet delivered,
     * given up or put off, not taken by another claim); returns how many.
     */
    int renew(List<Long> ids, Instant until, String token) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement update = c.prepareStatement("UPDATE " + table + " SET next_attempt_at = ? "
                        + "WHERE status IN " + UNDELIVERED + " AND lease_token = ? AND id IN "
                        + placeholders(ids.size()))) {
            update.setObject(1, utc(until));
            update.setString(2, token);
            setIds(update, 3, ids);
            return update.executeUpdate();
        }
    }

    /** Which of these rows the claim {@code token} still holds: undelivered, and not taken by another claim. */
    Set<Long> held(List<Long> ids, String token) throws SQLException {
        Set<Long> held = new HashSet<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement("SELECT id FROM " + table + " WHERE status IN "
                        + UNDELIVERED + " AND lease_token = ? AND id IN " + placeholders(ids.size()))) {
            select.setString(1, token);
            setIds(select, 2, ids);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    held.add(rows.getLong(1));
                }
            }
        }
        return held;
    }

    /**
     * Schedules the next attempt, only while the claim under {@code token} still holds the row: a worker whose
     * lease ran out (a long pause) must not reschedule a row another worker has claimed since and may be
     * delivering, which would make it due for a third. (Marking it delivered needs no such guard: it was.)
     */
    void markFailing(long id, String token, String error, Instant nextAttempt) throws SQLException {
        markFailing(id, token, error, nextAttempt, null);
    }

    /**
     * As {@link #markFailing(long, String, String, Instant)}, noting in the same statement, in the webhook table's
     * {@code last_status}, what the endpoint answered (null: leave it), so that no reader sees one attempt's answer
     * beside another's error.
     */
    void markFailing(long id, String token, String error, Instant nextAttempt, Integer lastStatus) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement update = c.prepareStatement("UPDATE " + table + " SET status = ?, last_error = ?, "
                        + "lease_token = NULL, next_attempt_at = ?" + (lastStatus == null ? "" : ", last_status = ?")
                        + " WHERE id = ? AND status IN " + UNDELIVERED + " AND lease_token = ?")) {
            int i = 1;
            update.setString(i++, FAILING);
            update.setString(i++, truncated(error));
            update.setObject(i++, utc(nextAttempt));
            if (lastStatus != null) {
                update.setInt(i++, lastStatus);
            }
            update.setLong(i++, id);
            update.setString(i, token);
            update.executeUpdate();
        }
    }

    /**
     * Deletes up to {@code limit} rows delivered (status {@code delivered}), or given up, before {@code before};
     * returns how many. Deleting is idempotent, so instances purging at the same time at worst wait for each other.
     */
    int purgeDone(String delivered, Instant before, int limit) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement delete = c.prepareStatement("DELETE FROM " + table + " WHERE id IN (SELECT id "
                        + "FROM " + table + " WHERE (status = ? AND " + doneColumn + " < ?) OR (status = ? AND "
                        + "queued_at < ?) ORDER BY id LIMIT ?)")) {
            delete.setString(1, delivered);
            delete.setObject(2, utc(before));
            delete.setString(3, FAILED);
            delete.setObject(4, utc(before));
            delete.setInt(5, limit);
            return delete.executeUpdate();
        }
    }

    static String truncated(String error) {
        return error.length() > 2000 ? error.substring(0, 2000) : error;
    }

    static String placeholders(int count) {
        StringJoiner in = new StringJoiner(", ", "(", ")");
        for (int i = 0; i < count; i++) {
            in.add("?");
        }
        return in.toString();
    }

    private static void setIds(PreparedStatement statement, int first, List<Long> ids) throws SQLException {
        for (int i = 0; i < ids.size(); i++) {
            statement.setLong(first + i, ids.get(i));
        }
    }

    /**
     * Stored as UTC wall-clock time, like every timestamp of this service; passed as {@code LocalDateTime}
     * so that the JVM's time zone (and its daylight-saving gaps) never shifts it.
     */
    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
