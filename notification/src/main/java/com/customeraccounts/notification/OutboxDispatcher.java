package com.customeraccounts.notification;

import com.customeraccounts.config.ConfigPath;
import com.customeraccounts.config.StoreConfig;
import com.customeraccounts.customer.ConfirmationRequested;
import com.customeraccounts.customer.CustomerConfirmed;
import com.customeraccounts.customer.CustomerRegistered;
import com.customeraccounts.customer.PasswordResetRequested;
import com.customeraccounts.lifecycle.ServiceStarted;
import com.customeraccounts.lifecycle.ServiceStopping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers the email outbox (through an {@link OutboxRunner}): right after an account change with an email
 * commits, and every second for whatever is due. Every hour it also deletes the rows kept longer than
 * {@code outbox.retention_days}. Due emails are sent by up to {@link #PARALLEL_SENDS} lanes at once, each
 * over an SMTP connection of its own. When the service stops, it claims nothing more, hands back the claimed
 * emails not yet sent, and lets the ones being handed to SMTP finish until the stop's deadline.
 */
@ApplicationScoped
class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());
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

    private volatile OutboxRunner<OutboxEmail> runner;

    void start(@Observes ServiceStarted started) {
        EmailOutbox outbox = new EmailOutbox(OutboxDataSource.get());
        Duration maxAge = Duration.ofHours(config.intValue(ConfigPath.OUTBOX_MAX_AGE_HOURS));
        Duration lease = Duration.ofSeconds(config.intValue(ConfigPath.OUTBOX_LEASE_SECONDS));
        runner = OutboxRunner.start(
                "emails",
                PARALLEL_SENDS,
                lanes -> new OutboxWorker<>(outbox, transport, clock, maxAge, metrics, lanes, lease));
        OutboxRetention retention =
                new OutboxRetention(outbox, clock, Duration.ofDays(config.intValue(ConfigPath.OUTBOX_RETENTION_DAYS)));
        runner.executor().scheduleWithFixedDelay(() -> purgeSafely(retention), 1, PURGE_MINUTES, TimeUnit.MINUTES);
        LOG.info(() -> "Delivering account emails to " + transport);
    }

    void stop(@Observes ServiceStopping stopping) {
        OutboxRunner<OutboxEmail> current = runner;
        if (current != null) {
            current.stop(Duration.between(clock.instant(), stopping.deadline()));
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
        OutboxRunner<OutboxEmail> current = runner;
        if (current != null) {
            current.drainNow();
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
}
