package com.customeraccounts.notification;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * An outbox table as its worker uses it. Claims lease rows under a token of their own: only that claim renews
 * them, hands them back or reschedules them, so that a worker whose lease ran out never disturbs the one that
 * has taken its rows since.
 */
interface OutboxTable<R extends OutboxRow> {

    /** Claims up to {@code limit} due rows for {@code lease} under {@code token}, counting the attempt. */
    List<R> claimDue(Instant now, int limit, Duration lease, String token) throws SQLException;

    /** Hands rows claimed under {@code token} back undelivered: due at {@code now}, the attempt not counted. */
    void release(List<R> rows, Instant now, String token) throws SQLException;

    /** Extends to {@code until} the lease of the rows {@code token} still holds; returns how many. */
    int renew(List<Long> ids, Instant until, String token) throws SQLException;

    /** Which of these rows the claim {@code token} still holds: undelivered, and not taken by another claim. */
    Set<Long> held(List<Long> ids, String token) throws SQLException;

    /** The row reached its receiver; whatever it kept only for the delivery is dropped. */
    void markDelivered(R row, Instant now) throws SQLException;

    /** Given up, never to be tried again. */
    void markFailed(R row, String error) throws SQLException;

    /** Failed for now: due again at {@code nextAttempt}, if {@code token} still holds the row. */
    void markFailing(long id, String token, String error, Instant nextAttempt) throws SQLException;

    /**
     * Deletes up to {@code limit} rows delivered, or given up, before {@code before}; returns how many.
     * Deleting is idempotent, so instances purging at the same time at worst wait for each other.
     */
    int purgeDone(Instant before, int limit) throws SQLException;
}
