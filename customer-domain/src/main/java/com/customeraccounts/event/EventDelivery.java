package com.customeraccounts.event;

import java.time.Instant;
import java.util.Objects;

/**
 * One account event for one webhook endpoint and how its delivery stands. Never its body: the receiver has
 * that, and the service keeps it only until it is delivered.
 *
 * @param eventId    the CloudEvent's {@code id}, also its {@code webhook-id}: the same for every endpoint
 * @param type       {@code customer.created}, {@code customer.updated}, …
 * @param status     {@code queued}, {@code delivered}, {@code failing} (to be retried) or {@code failed} (still
 *                   failing after {@code outbox.max_age_hours}, or its endpoint no longer declared: never retried)
 * @param lastStatus the HTTP status the endpoint answered the last attempt with (0 for no answer), if tried
 * @param lastError  why the last attempt failed, when it did
 */
public record EventDelivery(
        long id,
        String eventId,
        String endpoint,
        String type,
        String status,
        int attempts,
        Integer lastStatus,
        String lastError,
        Instant occurredAt,
        Instant deliveredAt) {

    public EventDelivery {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
