package com.customeraccounts.notification;

import com.customeraccounts.lifecycle.BoundedProbe;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;

/**
 * The outbox's backlog for the metrics gauges: read from the database at most once a second, whatever the
 * number of gauges and scrapers, and never waited for longer than a second, so a scrape with the database
 * down answers at once, with the gauges at NaN (unknown) rather than a stale or made-up number.
 */
final class OutboxBacklog {

    private static final Duration LIMIT = Duration.ofSeconds(1);
    private static final Duration FRESH = Duration.ofSeconds(1);

    private final BoundedProbe<EmailOutbox.Backlog> probe;
    private final Executor executor;
    private final Clock clock;
    private Instant readAt = Instant.MIN;
    private EmailOutbox.Backlog last;

    OutboxBacklog(EmailOutbox outbox, Executor executor, Clock clock) {
        this.probe = new BoundedProbe<>(() -> outbox.backlog(clock.instant(), (int) LIMIT.toSeconds()), LIMIT);
        this.executor = executor;
        this.clock = clock;
    }

    double undelivered() {
        EmailOutbox.Backlog backlog = read();
        return backlog == null ? Double.NaN : backlog.undelivered();
    }

    /** How long the longest-waiting due email has been due; 0 when none is due. */
    double oldestDueSeconds() {
        EmailOutbox.Backlog backlog = read();
        if (backlog == null) {
            return Double.NaN;
        }
        return backlog.oldestDue()
                .map(due -> Math.max(0, Duration.between(due, clock.instant()).toMillis() / 1000.0))
                .orElse(0.0);
    }

    private synchronized EmailOutbox.Backlog read() {
        Instant now = clock.instant();
        if (Duration.between(readAt, now).compareTo(FRESH) >= 0) {
            BoundedProbe.Outcome<EmailOutbox.Backlog> outcome = probe.run(executor);
            last = outcome instanceof BoundedProbe.Answered<EmailOutbox.Backlog> answered ? answered.value() : null;
            readAt = now;
        }
        return last;
    }
}
