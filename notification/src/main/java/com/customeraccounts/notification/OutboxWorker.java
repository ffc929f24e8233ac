package com.customeraccounts.notification;

import com.customeraccounts.trace.RequestContext;
import com.customeraccounts.trace.RequestContext.Scope;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers due outbox rows until none is left. One drain at a time per worker; a drain asked for while
 * one runs makes that one go round again. Failures are retried with backoff (4 s, doubling, capped at
 * 5 min) and logged without the email's content, which holds tokens. An email the mail server refuses for
 * good, or one still failing {@code maxAge} after it was queued, is marked {@code failed} and never tried
 * again.
 */
final class OutboxWorker {

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class.getName());
    private static final int BATCH = 20;
    /**
     * How long a claimed row is left to its worker: longer than one SMTP hand-over can take (every read
     * of the dialogue has its own timeout), so that no other worker sends it again meanwhile. A worker
     * that dies mid-delivery delays that email by this much.
     */
    static final Duration LEASE = Duration.ofMinutes(5);

    private final EmailOutbox outbox;
    private final MailTransport transport;
    private final Clock clock;
    private final Duration maxAge;
    private final DeliveryOutcomes outcomes;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean requested = new AtomicBoolean();

    OutboxWorker(EmailOutbox outbox, MailTransport transport, Clock clock, Duration maxAge) {
        this(outbox, transport, clock, maxAge, DeliveryOutcomes.NONE);
    }

    OutboxWorker(EmailOutbox outbox, MailTransport transport, Clock clock, Duration maxAge, DeliveryOutcomes outcomes) {
        this.outcomes = outcomes;
        this.outbox = outbox;
        this.transport = transport;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    void drain() {
        requested.set(true);
        while (requested.get() && draining.compareAndSet(false, true)) {
            try {
                requested.set(false);
                deliverDue();
            } catch (SQLException | RuntimeException e) {
                LOG.log(
                        Level.WARNING,
                        "Email delivery paused: cannot read the outbox ("
                                + e.getClass().getName() + "); it resumes with the next sweep");
            } finally {
                draining.set(false);
            }
        }
    }

    private void deliverDue() throws SQLException {
        List<OutboxEmail> due = outbox.claimDue(clock.instant(), BATCH, LEASE);
        while (!due.isEmpty()) {
            for (OutboxEmail email : due) {
                deliver(email);
            }
            due = outbox.claimDue(clock.instant(), BATCH, LEASE);
        }
    }

    /** Traced as the request that queued the email, so that its delivery's log lines carry that request's id. */
    private void deliver(OutboxEmail email) throws SQLException {
        try (Scope scope = email.trace().map(RequestContext::open).orElse(() -> {})) {
            send(email);
        }
    }

    private void send(OutboxEmail email) throws SQLException {
        try {
            transport.send(email);
        } catch (MailRefused refused) {
            giveUp(email, "Refused by the mail server: " + refused.getMessage());
            return;
        } catch (Exception failure) {
            String reason = failure.getClass().getSimpleName() + ": " + failure.getMessage();
            Instant now = clock.instant();
            if (!now.isBefore(email.queuedAt().plus(maxAge))) {
                giveUp(email, "Still failing " + maxAge.toHours() + " h after it was queued: " + reason);
                return;
            }
            Instant retry = now.plus(EmailOutbox.backoff(email.attempts()));
            outbox.markFailing(email.id(), reason, retry);
            outcomes.retried(email.type());
            LOG.warning(() -> "Could not deliver " + email + "; retrying at " + retry + ": " + reason);
            return;
        }
        outbox.markSent(email, clock.instant());
        outcomes.sent(email.type());
        LOG.info(() -> "Delivered " + email + " to " + transport);
    }

    private void giveUp(OutboxEmail email, String reason) throws SQLException {
        outbox.markFailed(email, reason);
        outcomes.failed(email.type());
        LOG.warning(() -> "Gave up " + email + ": " + reason);
    }
}
