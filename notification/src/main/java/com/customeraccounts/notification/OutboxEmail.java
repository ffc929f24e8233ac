package com.customeraccounts.notification;

/** An outbox row claimed for delivery. */
record OutboxEmail(long id, long customerId, String type, String to, String toName, String from, String fromName,
                   String subject, String text, String html, int attempts) {

    @Override
    public String toString() {
        return "email " + id + " (" + type + ", customer " + customerId + ", attempt " + attempts + ")";
    }
}
