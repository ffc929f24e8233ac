package com.customeraccounts.notification;

import java.util.Objects;

/** A composed email, ready to be queued: everything a transport needs. */
record EmailMessage(long customerId, EmailType type, Address to, Address from, String subject, String text,
                    String html) {

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
    }

    @Override
    public String toString() {
        return "EmailMessage[" + type.code() + " for customer " + customerId + "]";
    }
}
