package com.customeraccounts.notification;

import com.customeraccounts.config.ConfigPath;
import com.customeraccounts.config.StoreConfig;
import com.customeraccounts.lifecycle.ServiceStarted;
import com.customeraccounts.lifecycle.ServiceStopping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Delivers the webhook outbox (through an {@link OutboxRunner}) when {@code webhooks.file} declares an
 * endpoint: right after a transaction that wrote events commits, and every second for what is due. Rows are kept
 * {@code outbox.retention_days} after delivery and given up after {@code outbox.max_age_hours}, as emails are.
 */
@ApplicationScoped
class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());
    private static final long PURGE_MINUTES = 60;
    /** Events sent at once by this instance: one customer's wait for each other whatever the lanes. */
    static final int PARALLEL_SENDS = 4;

    @Inject
    WebhookEndpoints endpoints;

    @Inject
    WebhookWriter writer;

    @Inject
    Clock clock;

    @Inject
    StoreConfig config;

    @Inject
    WebhookMetrics metrics;

    private volatile OutboxRunner<WebhookDelivery> runner;
    /** Looked up once, at start-up, not for every transaction that writes events. */
    private volatile TransactionSynchronizationRegistry transactions;

    void start(@Observes ServiceStarted started) {
        if (endpoints.none()) {
            return;
        }
        try {
            transactions = InitialContext.doLookup("java:comp/TransactionSynchronizationRegistry");
        } catch (NamingException e) {
            throw new IllegalStateException("No transaction registry to deliver account events after commit", e);
        }
        WebhookOutbox outbox = new WebhookOutbox(
                OutboxDataSource.get(),
                endpoints.all().stream().map(WebhookEndpoint::name).toList());
        WebhookCourier courier = new WebhookCourier(endpoints, outbox, clock, writer::lateBody);
        Duration maxAge = Duration.ofHours(config.intValue(ConfigPath.OUTBOX_MAX_AGE_HOURS));
        Duration lease = Duration.ofSeconds(config.intValue(ConfigPath.OUTBOX_LEASE_SECONDS));
        runner = OutboxRunner.start(
                "account events",
                PARALLEL_SENDS,
                lanes -> new OutboxWorker<>(outbox, courier, clock, maxAge, metrics, lanes, lease));
        OutboxRetention retention =
                new OutboxRetention(outbox, clock, Duration.ofDays(config.intValue(ConfigPath.OUTBOX_RETENTION_DAYS)));
        runner.executor()
                .scheduleWithFixedDelay(
                        () -> purgeSafely(retention, outbox, maxAge), 1, PURGE_MINUTES, TimeUnit.MINUTES);
        LOG.info(() -> "Sending account events to " + endpoints.all());
    }

    void stop(@Observes ServiceStopping stopping) {
        OutboxRunner<WebhookDelivery> current = runner;
        if (current != null) {
            current.stop(Duration.between(clock.instant(), stopping.deadline()));
        }
    }

    /**
     * A drain once the current transaction, which wrote events, has committed. Asked for by the writer only
     * when it wrote some, so that a change with no endpoint to tell costs no synchronization.
     */
    void drainAfterCommit() {
        OutboxRunner<WebhookDelivery> current = runner;
        if (current == null) {
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    current.drainNow();
                }
            }
        });
    }

    private void purgeSafely(OutboxRetention retention, WebhookOutbox outbox, Duration maxAge) {
        try {
            outbox.giveUpUndeclared(clock.instant().minus(maxAge));
            retention.purge();
        } catch (SQLException | RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "Could not delete old webhook outbox rows (" + e.getClass().getName()
                            + "); trying again at the next purge");
        }
    }
}
