package com.customeraccounts.notification;

import com.customeraccounts.customer.CustomerId;
import com.customeraccounts.trace.RequestContext.Trace;
import com.customeraccounts.trace.RequestId;
import java.time.Instant;
import java.util.Optional;

/**
 * A webhook outbox row claimed for delivery: one event for one endpoint.
 *
 * @param type         the CloudEvent's type, as stored (a later version may write one this one does not know)
 * @param body         the CloudEvent to send; null for a migration's event, made when it is sent
 * @param firstAttempt when it was first claimed: it may wait behind an earlier event of its customer before that
 */
record WebhookDelivery(
        long id,
        String eventId,
        String endpoint,
        String type,
        long customerId,
        String body,
        int attempts,
        Instant queuedAt,
        Instant firstAttempt,
        String requestId)
        implements OutboxRow {

    Optional<WebhookEvent> event() {
        return WebhookEvent.ofType(type);
    }

    /** The stored type if this version knows it, else "other", so that metric tags stay few. */
    @Override
    public String kind() {
        return event().map(WebhookEvent::type).orElse("other");
    }

    @Override
    public Instant triedSince() {
        return firstAttempt == null ? queuedAt : firstAttempt;
    }

    @Override
    public Optional<Trace> trace() {
        return RequestId.of(requestId).map(id -> new Trace(id, Optional.of(new CustomerId(customerId))));
    }

    @Override
    public String toString() {
        return "event " + eventId + " (" + type + ", customer " + customerId + ", to " + endpoint + ", attempt "
                + attempts + ")";
    }
}
