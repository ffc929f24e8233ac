package com.customeraccounts.notification;

import com.customeraccounts.config.ConfigPath;
import com.customeraccounts.config.StoreConfig;
import com.customeraccounts.customer.ConfirmationRequested;
import com.customeraccounts.customer.CustomerConfirmed;
import com.customeraccounts.customer.CustomerRegistered;
import com.customeraccounts.customer.PasswordResetRequested;
import com.customeraccounts.lifecycle.ServiceStarted;
import com.customeraccounts.lifecycle.ServiceStopping;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Delivers the outbox: right after an account change with an email commits, and every second for whatever is due (first
 * attempts missed, retries, rows left by a restart or another instance). Delivery runs on the server's
 * managed executor, never on a request thread. Every hour it also deletes the rows kept longer than
 * {@code outbox.retention_days}. Due emails are sent by up to {@link #PARALLEL_SENDS} threads at once,
 * each over an SMTP connection of its own; while it is, a thread of its own renews the lease of the rows the
 * worker holds. Those threads are the dispatcher's (from the managed thread factory): Payara's default
 * scheduled executor runs one task at a time, and the drain is one. When the service stops, it claims nothing more, hands back the claimed emails not yet
 * sent, and lets the one being handed to SMTP finish until the stop's deadline.
 */
@ApplicationScoped
class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());
    private static final long SWEEP_MILLIS = 1000;
    private static final long PURGE_MINUTES = 60;
    /**
     * Emails handed over at once by this instance: with 8 the drain kept ahead of the benchmark's create load
     * on 2 cores (4 fell behind; 16 sent no more), and 8 connections are few for a mail server.
     */
    static final int PARALLEL_SENDS = 8;

    @Inject
    MailTransport transport;

    @Inject
    Clock clock;

    @Inject
    StoreConfig config;

    @Inject
    OutboxMetrics metrics;

    private volatile ManagedScheduledExecutorService executor;
    private volatile OutboxWorker worker;
    private volatile ScheduledExecutorService renewals;
    private volatile ExecutorService sends;
    /** A drain is queued and not yet started: more commits meanwhile need no task of their own. */
    private final AtomicBoolean queued = new AtomicBoolean();

    void start(@Observes ServiceStarted started) {
        ManagedThreadFactory threads;
        try {
            executor = InitialContext.doLookup("java:comp/DefaultManagedScheduledExecutorService");
            threads = InitialContext.doLookup("java:comp/DefaultManagedThreadFactory");
        } catch (NamingException e) {
            throw new IllegalStateException("No managed scheduled executor to deliver email with", e);
        }
        EmailOutbox outbox = new EmailOutbox(OutboxDataSource.get());
        sends = Executors.newFixedThreadPool(PARALLEL_SENDS, threads);
        worker = new OutboxWorker(
                outbox,
                transport,
                clock,
                Duration.ofHours(config.intValue(ConfigPath.OUTBOX_MAX_AGE_HOURS)),
                metrics,
                new OutboxWorker.Lanes(sends, PARALLEL_SENDS));
        OutboxRetention retention =
                new OutboxRetention(outbox, clock, Duration.ofDays(config.intValue(ConfigPath.OUTBOX_RETENTION_DAYS)));
        executor.scheduleWithFixedDelay(this::drainSafely, 0, SWEEP_MILLIS, TimeUnit.MILLISECONDS);
        renewals = Executors.newSingleThreadScheduledExecutor(threads);
        long every = OutboxWorker.RENEWAL.toMillis();
        renewals.scheduleWithFixedDelay(this::renewSafely, every, every, TimeUnit.MILLISECONDS);
        executor.scheduleWithFixedDelay(() -> purgeSafely(retention), 1, PURGE_MINUTES, TimeUnit.MINUTES);
        LOG.info(() -> "Delivering account emails to " + transport);
    }

    void stop(@Observes ServiceStopping stopping) {
        OutboxWorker current = worker;
        if (current == null) {
            return;
        }
        try {
            if (!current.stop(Duration.between(clock.instant(), stopping.deadline()))) {
                LOG.warning("An email was still being handed to the mail server when the service stopped; it is "
                        + "tried again once its lease (" + OutboxWorker.LEASE.toSeconds() + " s) has run out");
            }
        } catch (SQLException e) {
            LOG.warning("Could not hand back the claimed emails ("
                    + e.getClass().getName() + "); they are sent once their lease has run out");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            renewals.shutdownNow();
            sends.shutdown();
        }
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) CustomerRegistered registered) {
        drainNow();
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConfirmationRequested requested) {
        drainNow();
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) CustomerConfirmed confirmed) {
        drainNow();
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) PasswordResetRequested requested) {
        drainNow();
    }

    private void drainNow() {
        ManagedScheduledExecutorService current = executor;
        if (current != null && queued.compareAndSet(false, true)) {
            current.execute(() -> {
                queued.set(false);
                drainSafely();
            });
        }
    }

    private static void purgeSafely(OutboxRetention retention) {
        try {
            int deleted = retention.purge();
            LOG.fine(() -> "Deleted " + deleted + " old outbox rows");
        } catch (SQLException | RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "Could not delete old outbox rows (" + e.getClass().getName()
                            + "); trying again at the next purge");
        }
    }

    private void renewSafely() {
        OutboxWorker current = worker;
        if (current == null) {
            return;
        }
        try {
            current.renewLeases();
        } catch (SQLException | RuntimeException e) {
            LOG.warning("Could not renew the lease of the emails being delivered ("
                    + e.getClass().getName() + "); another instance may send them once it has run out");
        }
    }

    private void drainSafely() {
        OutboxWorker current = worker;
        if (current != null) {
            current.drain();
        }
    }
}
