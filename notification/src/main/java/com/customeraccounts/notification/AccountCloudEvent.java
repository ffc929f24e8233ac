package com.customeraccounts.notification;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * An account event as a CloudEvents 1.0 JSON document (structured mode): {@code id} (also the
 * {@code webhook-id}), {@code source}, {@code type}, {@code subject} (the customer id), {@code time},
 * {@code datacontenttype} and {@code data}, the customer as {@code GET /V1/customers/{id}} answers it; with
 * {@code requestid}, the extension naming the request that made the change, when there was one.
 */
final class AccountCloudEvent {

    static final String CONTENT_TYPE = "application/cloudevents+json";
    /** A URI reference naming this service's customers, as the REST routes do. */
    static final String SOURCE = "/rest/V1/customers";

    private AccountCloudEvent() {}

    /** @param customerJson the customer as the API renders it; empty when it can no longer be read */
    static String of(
            String id,
            WebhookEvent event,
            long customerId,
            Instant occurredAt,
            Optional<String> requestId,
            Optional<String> customerJson) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("specversion", "1.0")
                .add("id", id)
                .add("source", SOURCE)
                .add("type", event.type())
                .add("subject", Long.toString(customerId))
                .add("time", occurredAt.truncatedTo(ChronoUnit.MILLIS).toString());
        requestId.ifPresent(r -> json.add("requestid", r));
        if (customerJson.isEmpty()) {
            return json.build().toString();
        }
        json.add("datacontenttype", "application/json");
        // the customer is JSON already (the API's own rendering): spliced in as the last member, not parsed again
        String envelope = json.build().toString();
        return envelope.substring(0, envelope.length() - 1) + ",\"data\":" + customerJson.get() + "}";
    }
}
