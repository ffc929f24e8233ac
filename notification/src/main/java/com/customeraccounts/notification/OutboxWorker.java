package com.customeraccounts.notification;

import com.customeraccounts.trace.RequestContext;
import com.customeraccounts.trace.RequestContext.Scope;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers due outbox rows (emails, webhook events) until none is left. One drain at a time per worker; a
 * drain asked for while one runs makes that one go round again. Failures are retried with backoff (4 s,
 * doubling, capped at 5 min) and logged without the row's content, which may hold tokens. A row its
 * receiver refuses for good, or one still failing {@code maxAge} after its first attempt, is marked
 * {@code failed} and never tried again. Once {@link #stop stopped} it claims nothing more, and hands back the claimed rows it has not
 * started on. The rows it holds keep a short lease only while {@link #renewLeases} is called (every
 * {@link #renewal}, a third of the lease): the rows of an instance that died are due again within the lease
 * ({@code outbox.lease_seconds}, {@link #LEASE} by default). The rows one
 * drain claims are sent by up to {@link Lanes#count} lanes at once, each handing its rows over one after another
 * through one {@link Courier#batch} (one SMTP connection, say) and claiming the next batch when it runs out.
 */
final class OutboxWorker<R extends OutboxRow> {

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class.getName());
    private static final int BATCH = 20;
    /**
     * How long a claimed row is left to its worker without a renewal, by default: what a worker that dies
     * delays its claimed emails by. A hand-over may take longer (every read of the SMTP dialogue has its own
     * timeout), so the worker renews the lease while it holds the row.
     */
    static final Duration LEASE = Duration.ofSeconds(30);
    /** The default lease's renewal: a third of it, so two renewals may be late or fail before it runs out. */
    static final Duration RENEWAL = LEASE.dividedBy(3);
    /** A shorter lease would be renewed more often than once a second. */
    static final Duration SHORTEST_LEASE = Duration.ofSeconds(3);

    private final OutboxTable<R> outbox;
    private final Courier<R> transport;
    private final Clock clock;
    private final Duration maxAge;
    private final DeliveryOutcomes outcomes;
    private final Lanes lanes;
    private final Duration lease;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean requested = new AtomicBoolean();
    /** The claimed rows not yet handed to the transport; guarded by {@code this}, like the fields below. */
    private final Deque<R> claimed = new ArrayDeque<>();

    private boolean stopped;
    /** The rows being handed to the transport, one per lane at most. */
    private final List<R> sending = new ArrayList<>();
    /** The token of the batch claimed last: the rows this worker holds are leased under it. */
    private String leaseToken;
    /** Until when the rows this worker holds are surely its own: their lease, as last claimed or renewed. */
    private Instant leaseUntil = Instant.MIN;

    OutboxWorker(OutboxTable<R> outbox, Courier<R> transport, Clock clock, Duration maxAge) {
        this(outbox, transport, clock, maxAge, DeliveryOutcomes.NONE);
    }

    OutboxWorker(OutboxTable<R> outbox, Courier<R> transport, Clock clock, Duration maxAge, DeliveryOutcomes outcomes) {
        this(outbox, transport, clock, maxAge, outcomes, Lanes.ONE, LEASE);
    }

    OutboxWorker(
            OutboxTable<R> outbox,
            Courier<R> transport,
            Clock clock,
            Duration maxAge,
            DeliveryOutcomes outcomes,
            Lanes lanes,
            Duration lease) {
        if (lease.compareTo(SHORTEST_LEASE) < 0) {
            throw new IllegalArgumentException("outbox.lease_seconds is " + lease.toSeconds() + "; it must be at least "
                    + SHORTEST_LEASE.toSeconds());
        }
        this.lease = lease;
        this.lanes = lanes;
        this.outcomes = outcomes;
        this.outbox = outbox;
        this.transport = transport;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    /** How long the rows this worker claims are its own without a renewal. */
    Duration lease() {
        return lease;
    }

    /** How often {@link #renewLeases} is to be called: a third of the lease. */
    Duration renewal() {
        return lease.dividedBy(3);
    }

    void drain() {
        requested.set(true);
        while (requested.get() && !isStopped() && draining.compareAndSet(false, true)) {
            try {
                requested.set(false);
                deliverDue();
            } catch (SQLException | RuntimeException e) {
                // the rest of the batch waits for its lease to run out, as after a crash
                abandonClaimed();
                LOG.log(
                        Level.WARNING,
                        "Delivery paused: cannot read " + outbox + " ("
                                + e.getClass().getName() + "); it resumes with the next sweep");
            } finally {
                draining.set(false);
                synchronized (this) {
                    notifyAll();
                }
            }
        }
    }

    /**
     * Claims nothing more and hands back, due at once and their attempt not counted, the claimed rows not yet
     * handed to the transport, so that another instance sends them without waiting for their lease to run out.
     * Then waits up to {@code timeout} for the email being handed over, if any; false when it is still
     * going (its row keeps its lease).
     */
    boolean stop(Duration timeout) throws SQLException, InterruptedException {
        List<R> unsent;
        String token;
        synchronized (this) {
            stopped = true;
            unsent = List.copyOf(claimed);
            claimed.clear();
            token = leaseToken;
        }
        release(unsent, token);
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            for (long left = timeout.toNanos(); draining.get() && left > 0; left = deadline - System.nanoTime()) {
                wait(Math.max(1, left / 1_000_000));
            }
            return !draining.get();
        }
    }

    /**
     * Extends the lease of the rows this worker still holds (claimed, or being handed over) by the lease from
     * now, so that no other worker takes a row still being worked on.
     */
    void renewLeases() throws SQLException {
        List<Long> held;
        List<Long> waiting;
        String token;
        synchronized (this) {
            held = new ArrayList<>();
            waiting = new ArrayList<>();
            claimed.forEach(row -> waiting.add(row.id()));
            held.addAll(waiting);
            sending.forEach(row -> held.add(row.id()));
            token = leaseToken;
        }
        if (held.isEmpty()) {
            return;
        }
        Instant until = clock.instant().plus(lease);
        outbox.renew(held, until, token);
        // a row whose lease ran out before this renewal (a long pause) may be another worker's now: not sent here
        Set<Long> stillOurs = waiting.isEmpty() ? Set.of() : outbox.held(waiting, token);
        synchronized (this) {
            claimed.removeIf(row -> waiting.contains(row.id()) && !stillOurs.contains(row.id()));
            leaseUntil = until;
        }
    }

    /**
     * Claims a first batch here and, when there is one, sends it by all {@link Lanes#count} lanes, which
     * claim the next batches themselves until none is due: each lane keeps its SMTP connection for the whole
     * drain (opened on its first email, so a lane that finds none opens none), and no lane waits for another
     * to finish a batch. All lanes start even for a small first batch: a drain lasts as long as emails keep
     * coming, and it would otherwise go on with as few lanes as its first batch had rows.
     */
    private void deliverDue() throws SQLException {
        Claims claims = new Claims(UUID.randomUUID().toString());
        if (claims.claimNext() > 0) {
            sendAll(lanes.count(), claims);
        }
    }

    /** Runs this many lanes over the claimed rows and waits until each has ended. */
    private void sendAll(int count, Claims claims) throws SQLException {
        List<CompletableFuture<Void>> running = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            running.add(CompletableFuture.runAsync(() -> lane(claims), lanes.executor()));
        }
        try {
            CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof LaneFailed failed) {
                throw failed.getCause();
            }
            throw e;
        }
    }

    /** Takes claimed rows one after another, through one batch of the transport, until none is due. */
    private void lane(Claims claims) {
        try (Courier.Batch<R> batch = transport.batch()) {
            for (R row = claims.next(null); row != null; row = claims.next(row)) {
                deliver(batch, row, claims.token);
            }
        } catch (SQLException e) {
            throw new LaneFailed(e);
        }
    }

    /**
     * The rows one drain claims, all leased under one token (so that one renewal covers every row the
     * worker holds), claimed again by whichever lane runs out first, one claim at a time.
     */
    private final class Claims {

        private final String token;
        private final Object claiming = new Object();
        /** A claim found nothing due: the lanes end once the claimed rows are sent. */
        private volatile boolean exhausted;

        Claims(String token) {
            this.token = token;
        }

        /** Done with {@code done} (if not null), the next row to hand over; null when none is due. */
        R next(R done) throws SQLException {
            R next = take(done);
            while (next == null && !exhausted && !isStopped()) {
                synchronized (claiming) {
                    next = take(null);
                    if (next == null && !exhausted && claimNext() == 0) {
                        exhausted = true;
                    }
                }
                next = next == null ? take(null) : next;
            }
            return next;
        }

        /** Claims the next batch and keeps it; how many rows that gave (none when stopped meanwhile). */
        int claimNext() throws SQLException {
            if (isStopped()) {
                return 0;
            }
            Instant now = clock.instant();
            List<R> due = outbox.claimDue(now, BATCH, lease, token);
            if (due.isEmpty()) {
                return 0;
            }
            if (!hold(due, token, now.plus(lease))) {
                release(due, token);
                return 0;
            }
            return due.size();
        }
    }

    /** The outbox could not be written in a lane: the drain ends as if it had failed itself. */
    private static final class LaneFailed extends RuntimeException {

        LaneFailed(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }

    /**
     * How a claimed batch is sent: by {@code count} lanes at once, run on {@code executor}.
     * {@link #ONE} runs a single lane on the draining thread.
     */
    record Lanes(Executor executor, int count) {

        static final Lanes ONE = new Lanes(Runnable::run, 1);
    }

    /** Keeps a claimed batch to deliver; false, keeping nothing, when stopped while it was being claimed. */
    private synchronized boolean hold(List<R> due, String token, Instant until) {
        if (stopped) {
            return false;
        }
        // the rows still waiting from an earlier claim of this drain are leased until leaseUntil at the latest
        leaseUntil = claimed.isEmpty() || until.isBefore(leaseUntil) ? until : leaseUntil;
        claimed.addAll(due);
        leaseToken = token;
        return true;
    }

    /**
     * Done with {@code done} (if not null), the next claimed row to hand over, which is then one being sent;
     * null when every claimed row is taken.
     */
    private synchronized R take(R done) {
        sending.remove(done);
        if (!clock.instant().isBefore(leaseUntil)) {
            // not renewed in time (the database did not answer): the rows may be another worker's by now
            claimed.clear();
        }
        R next = claimed.poll();
        if (next != null) {
            sending.add(next);
        }
        return next;
    }

    /** Renews nothing more: the rows' leases run out, as after a crash. */
    private synchronized void abandonClaimed() {
        claimed.clear();
        sending.clear();
    }

    private synchronized boolean isStopped() {
        return stopped;
    }

    private void release(List<R> unsent, String token) throws SQLException {
        if (!unsent.isEmpty()) {
            outbox.release(unsent, clock.instant(), token);
            LOG.info(() -> "Handed back " + unsent.size() + " claimed rows of " + outbox
                    + ", undelivered, for the next instance");
        }
    }

    /** Traced as the request that queued the row, so that its delivery's log lines carry that request's id. */
    private void deliver(Courier.Batch<R> batch, R row, String token) throws SQLException {
        try (Scope scope = row.trace().map(RequestContext::open).orElse(() -> {})) {
            send(batch, row, token);
        }
    }

    private void send(Courier.Batch<R> batch, R row, String token) throws SQLException {
        try {
            batch.send(row);
        } catch (DeliveryRefused refused) {
            giveUp(row, "Refused by " + transport + ": " + refused.getMessage());
            return;
        } catch (Exception failure) {
            String reason = failure.getClass().getSimpleName() + ": " + failure.getMessage();
            Instant now = clock.instant();
            if (!now.isBefore(row.triedSince().plus(maxAge))) {
                giveUp(row, "Still failing " + maxAge.toHours() + " h after its first attempt: " + reason);
                return;
            }
            Instant retry = now.plus(backoff(row.attempts()));
            outbox.markFailing(row.id(), token, reason, retry);
            outcomes.retried(row.kind());
            LOG.warning(() -> "Could not deliver " + row + "; retrying at " + retry + ": " + reason);
            return;
        }
        outbox.markDelivered(row, clock.instant());
        // a delivery may make another row due (the next event of its customer): the drain goes round again
        requested.set(true);
        outcomes.sent(row.kind());
        LOG.info(() -> "Delivered " + row + " to " + transport);
    }

    private void giveUp(R row, String reason) throws SQLException {
        outbox.markFailed(row, reason);
        outcomes.failed(row.kind());
        LOG.warning(() -> "Gave up " + row + ": " + reason);
    }

    /** 4 s after the first attempt, doubling, at most 5 min. */
    static Duration backoff(int attempts) {
        long seconds = Math.min(300, 4L << Math.min(Math.max(attempts - 1, 0), 10));
        return Duration.ofSeconds(seconds);
    }
}
