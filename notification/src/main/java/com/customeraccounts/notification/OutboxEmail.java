package com.customeraccounts.notification;

import java.time.Instant;

/** An outbox row claimed for delivery, with the secret its link carries ({@link EmailMessage#linkSecret()}). */
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
        Instant queuedAt) {

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
