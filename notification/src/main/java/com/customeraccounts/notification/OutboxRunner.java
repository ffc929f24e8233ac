package com.customeraccounts.notification;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Runs an outbox's worker on the server's threads: right after a commit that queued a row, and every second
 * for whatever is due (first attempts missed, retries, rows left by a restart or another instance); never on
 * a request thread. Its lanes and the renewal of its leases run on threads of its own (from the managed
 * thread factory): Payara's default scheduled executor runs one task at a time, and a drain is one.
 */
final class OutboxRunner<R extends OutboxRow> {

    private static final Logger LOG = Logger.getLogger(OutboxRunner.class.getName());
    private static final long SWEEP_MILLIS = 1000;

    private final String rows;
    private final ManagedScheduledExecutorService executor;
    private final ExecutorService lanes;
    private final ScheduledExecutorService renewals;
    private final OutboxWorker<R> worker;
    /** A drain is queued and not yet started: more commits meanwhile need no task of their own. */
    private final AtomicBoolean queued = new AtomicBoolean();

    private OutboxRunner(
            String rows,
            ManagedScheduledExecutorService executor,
            ManagedThreadFactory threads,
            int laneCount,
            Function<OutboxWorker.Lanes, OutboxWorker<R>> workerOn) {
        this.rows = rows;
        this.executor = executor;
        this.lanes = Executors.newFixedThreadPool(laneCount, threads);
        this.renewals = Executors.newSingleThreadScheduledExecutor(threads);
        this.worker = workerOn.apply(new OutboxWorker.Lanes(lanes, laneCount));
    }

    /**
     * Starts sweeping, with {@code laneCount} lanes for the worker {@code workerOn} makes.
     *
     * @param rows what the outbox holds, for log lines ("emails")
     */
    static <R extends OutboxRow> OutboxRunner<R> start(
            String rows, int laneCount, Function<OutboxWorker.Lanes, OutboxWorker<R>> workerOn) {
        ManagedScheduledExecutorService executor;
        ManagedThreadFactory threads;
        try {
            executor = InitialContext.doLookup("java:comp/DefaultManagedScheduledExecutorService");
            threads = InitialContext.doLookup("java:comp/DefaultManagedThreadFactory");
        } catch (NamingException e) {
            throw new IllegalStateException("No managed scheduled executor to deliver " + rows + " with", e);
        }
        OutboxRunner<R> runner = new OutboxRunner<>(rows, executor, threads, laneCount, workerOn);
        executor.scheduleWithFixedDelay(runner::drainSafely, 0, SWEEP_MILLIS, TimeUnit.MILLISECONDS);
        long every = runner.worker.renewal().toMillis();
        runner.renewals.scheduleWithFixedDelay(runner::renewSafely, every, every, TimeUnit.MILLISECONDS);
        return runner;
    }

    /** The server's scheduled executor, for the outbox's other chores (its purge). */
    ManagedScheduledExecutorService executor() {
        return executor;
    }

    /** A drain soon, off the calling thread (a commit's). */
    void drainNow() {
        if (queued.compareAndSet(false, true)) {
            executor.execute(() -> {
                queued.set(false);
                drainSafely();
            });
        }
    }

    /**
     * Claims nothing more, hands back the claimed rows not yet started on, and waits up to {@code grace} for
     * the ones being handed over.
     */
    void stop(Duration grace) {
        try {
            if (!worker.stop(grace)) {
                LOG.warning("Some " + rows + " were still being handed over when the service stopped; they are "
                        + "tried again once their lease (" + worker.lease().toSeconds() + " s) has run out");
            }
        } catch (SQLException e) {
            LOG.warning("Could not hand back the claimed " + rows + " ("
                    + e.getClass().getName() + "); they are delivered once their lease has run out");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            renewals.shutdownNow();
            lanes.shutdown();
        }
    }

    private void renewSafely() {
        try {
            worker.renewLeases();
        } catch (SQLException | RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "Could not renew the lease of the " + rows + " being delivered ("
                            + e.getClass().getName() + "); another instance may deliver them once it has run out");
        }
    }

    private void drainSafely() {
        worker.drain();
    }
}
