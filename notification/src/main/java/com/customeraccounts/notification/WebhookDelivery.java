package com.customeraccounts.notification;

import com.customeraccounts.customer.CustomerId;
import com.customeraccounts.trace.RequestContext.Trace;
import com.customeraccounts.trace.RequestId;
import java.time.Instant;
import java.util.Optional;

/**
 * A webhook outbox row claimed for delivery: one event for one endpoint.
 *
 * @param body the CloudEvent to send; null for an import's event, rendered when it is sent
 */
record WebhookDelivery(
        long id,
        String eventId,
        String endpoint,
        WebhookEvent event,
        long customerId,
        String body,
        int attempts,
        Instant queuedAt,
        String requestId)
        implements OutboxRow {

    @Override
    public String kind() {
        return event.type();
    }

    @Override
    public Optional<Trace> trace() {
        return RequestId.of(requestId).map(id -> new Trace(id, Optional.of(new CustomerId(customerId))));
    }

    @Override
    public String toString() {
        return "event " + eventId + " (" + event.type() + ", customer " + customerId + ", to " + endpoint + ", attempt "
                + attempts + ")";
    }
}
