package com.customeraccounts.notification;

import java.util.Objects;

/**
 * A composed email, ready to be queued: everything a transport needs.
 *
 * @param linkSecret the reset token or confirmation key of the email's link, as written in its bodies: what
 *                   must not stay in the outbox once the email has been handed over
 */
record EmailMessage(
        long customerId,
        EmailType type,
        Address to,
        Address from,
        String subject,
        String text,
        String html,
        String linkSecret) {

    record Address(String email, String name) {

        Address {
            Objects.requireNonNull(email, "email");
        }
    }

    EmailMessage {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(linkSecret, "linkSecret");
    }

    @Override
    public String toString() {
        return "EmailMessage[" + type.code() + " for customer " + customerId + "]";
    }
}
