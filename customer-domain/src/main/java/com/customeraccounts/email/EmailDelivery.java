package com.customeraccounts.email;

import java.time.Instant;
import java.util.Objects;

/**
 * One email queued for a customer and how its delivery stands. Never its body: that holds links with
 * tokens and keys.
 *
 * @param type      Magento's email type: {@code registered}, {@code registered_no_password}, {@code confirmation}, …
 * @param status    {@code queued}, {@code sent}, {@code failing} (to be retried) or {@code failed} (refused by the
 *                  mail server, or still failing after {@code outbox.max_age_hours}: never retried)
 * @param lastError why the last attempt failed, when it did
 */
public record EmailDelivery(
        long id, String type, String status, int attempts, String lastError, Instant queuedAt, Instant sentAt) {

    public EmailDelivery {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(queuedAt, "queuedAt");
    }
}
