package com.customeraccounts.notification;

/** What became of each delivery attempt, for counting; by the email's type code, never its recipient. */
interface DeliveryOutcomes {

    DeliveryOutcomes NONE = new DeliveryOutcomes() {};

    /** Handed to the mail server (or written to the mail drop). */
    default void sent(String type) {}

    /** Failed for now; tried again after a backoff. */
    default void retried(String type) {}

    /** Given up for good: refused, or failing for too long. */
    default void failed(String type) {}
}
