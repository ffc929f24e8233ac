package com.customeraccounts.notification;

import com.customeraccounts.customer.CustomerId;
import com.customeraccounts.trace.RequestContext.Trace;
import com.customeraccounts.trace.RequestId;
import java.time.Instant;
import java.util.Optional;

/**
 * An outbox row claimed for delivery, with the secret its link carries ({@link EmailMessage#linkSecret()}) and
 * the id of the request that queued it ({@code null} for none).
 */
record OutboxEmail(
        long id,
        long customerId,
        String type,
        String to,
        String toName,
        String from,
        String fromName,
        String subject,
        String text,
        String html,
        String linkSecret,
        int attempts,
        Instant queuedAt,
        String requestId)
        implements OutboxRow {

    @Override
    public String kind() {
        return type;
    }

    /** Its request and its customer. */
    @Override
    public Optional<Trace> trace() {
        return RequestId.of(requestId)
                .map(id -> new Trace(id, customerId > 0 ? Optional.of(new CustomerId(customerId)) : Optional.empty()));
    }

    /** The bodies as the outbox keeps them after this email: without its secret. */
    String redactedText() {
        return Redaction.of(text, linkSecret);
    }

    String redactedHtml() {
        return Redaction.of(html, linkSecret);
    }

    @Override
    public String toString() {
        return "email " + id + " (" + type + ", customer " + customerId + ", attempt " + attempts + ")";
    }
}
