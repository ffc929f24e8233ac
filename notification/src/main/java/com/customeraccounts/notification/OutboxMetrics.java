package com.customeraccounts.notification;

import com.customeraccounts.lifecycle.ServiceStarted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The outbox's metrics: emails queued (counted when the account change that wrote them commits), sent,
 * retried and given up, by type; and the backlog, read from the table, so that every instance shows the
 * cluster's. Registered at start-up, when the application's resources can be looked up: the gauges are
 * read on Payara's own threads, outside the application.
 */
@ApplicationScoped
class OutboxMetrics implements DeliveryOutcomes {

    static final Metadata QUEUED = described(
            "emails_queued",
            "Account emails written to the outbox, by type, " + "counted when their account change commits");
    static final Metadata SENT = described("emails_sent", "Account emails handed to the mail server, by type");
    static final Metadata RETRIED = described(
            "emails_retried", "Delivery attempts that failed for now and are " + "retried after a backoff, by type");
    static final Metadata FAILED = described(
            "emails_failed",
            "Account emails given up for good (refused, or " + "failing for outbox.max_age_hours), by type");
    static final Metadata BACKLOG = described(
            "email_outbox_backlog",
            "Emails not yet delivered (queued or "
                    + "failing), of every instance; NaN when the database does not answer within 1 s");
    static final Metadata OLDEST_DUE = Metadata.builder()
            .withName("email_outbox_oldest_due")
            .withUnit(MetricUnits.SECONDS)
            .withDescription("How long the longest-waiting due email has waited; 0 "
                    + "when none is due, NaN when the database does not answer within 1 s")
            .build();
    private static final Set<String> TYPES =
            Arrays.stream(EmailType.values()).map(EmailType::code).collect(Collectors.toUnmodifiableSet());

    @Inject
    MetricRegistry registry;

    @Inject
    Clock clock;

    private volatile TransactionSynchronizationRegistry transactions;

    void register(@Observes ServiceStarted started) {
        Executor executor;
        try {
            transactions = InitialContext.doLookup("java:comp/TransactionSynchronizationRegistry");
            executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        } catch (NamingException e) {
            throw new IllegalStateException("No transaction registry or managed executor for the outbox metrics", e);
        }
        for (String type : TYPES) {
            for (Metadata name : new Metadata[] {QUEUED, SENT, RETRIED, FAILED}) {
                registry.counter(name, typeTag(type));
            }
        }
        OutboxBacklog backlog = new OutboxBacklog(new EmailOutbox(OutboxDataSource.get()), executor, clock);
        registry.gauge(BACKLOG, backlog::undelivered);
        registry.gauge(OLDEST_DUE, backlog::oldestDueSeconds);
    }

    /** Counts the email once the transaction that wrote it has committed; at once when there is none. */
    void queuedOnCommit(EmailType type) {
        TransactionSynchronizationRegistry current = transactions;
        if (current == null || current.getTransactionKey() == null) {
            count(QUEUED, type.code());
            return;
        }
        current.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    count(QUEUED, type.code());
                }
            }
        });
    }

    @Override
    public void sent(String type) {
        count(SENT, type);
    }

    @Override
    public void retried(String type) {
        count(RETRIED, type);
    }

    @Override
    public void failed(String type) {
        count(FAILED, type);
    }

    private void count(Metadata name, String type) {
        registry.counter(name, typeTag(type)).inc();
    }

    private static Metadata described(String name, String description) {
        return Metadata.builder().withName(name).withDescription(description).build();
    }

    /** A row's type as stored; anything this version does not write is "other", so tags stay few. */
    private static Tag typeTag(String type) {
        return new Tag("type", TYPES.contains(type) ? type : "other");
    }
}
