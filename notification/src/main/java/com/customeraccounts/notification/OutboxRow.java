package com.customeraccounts.notification;

import com.customeraccounts.trace.RequestContext.Trace;
import java.time.Instant;
import java.util.Optional;

/** A row of an outbox (an email, a webhook delivery) claimed for delivery. */
interface OutboxRow {

    long id();

    /** The attempts so far, counting the one it was claimed for. */
    int attempts();

    Instant queuedAt();

    /**
     * Since when its delivery has been tried: after {@code maxAge} of failures from then it is given up. When it was
     * queued, unless it may wait undelivered before its first attempt (a webhook event behind an earlier one).
     */
    default Instant triedSince() {
        return queuedAt();
    }

    /** What it is, for counting: an email's type, an event's type; never whom it goes to. */
    String kind();

    /** What the log lines of its delivery are traced with: the request that queued it, if any. */
    Optional<Trace> trace();
}
