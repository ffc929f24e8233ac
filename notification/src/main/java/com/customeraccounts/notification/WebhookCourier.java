package com.customeraccounts.notification;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;

/**
 * POSTs an account event to its endpoint, signed the Standard Webhooks way ({@code webhook-id},
 * {@code webhook-timestamp} of this attempt, {@code webhook-signature}). Any 2xx answer delivers it; any other
 * answer, or none within {@link #TIMEOUT} (its status line and headers; its body is never read), is retried. Redirects are not followed: an endpoint is exactly the
 * URL the operator declared. An event whose endpoint is no longer declared is given up.
 */
final class WebhookCourier implements Courier<WebhookDelivery> {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final WebhookEndpoints endpoints;
    private final WebhookOutbox outbox;
    private final Clock clock;
    private final LateBody lateBody;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** @param lateBody the body of an event written without one (an import's), made when it is sent */
    WebhookCourier(WebhookEndpoints endpoints, WebhookOutbox outbox, Clock clock, LateBody lateBody) {
        this.endpoints = endpoints;
        this.outbox = outbox;
        this.clock = clock;
        this.lateBody = lateBody;
    }

    @Override
    public void send(WebhookDelivery row) throws Exception {
        WebhookEndpoint endpoint = endpoints
                .named(row.endpoint())
                .orElseThrow(() -> new DeliveryRefused("no endpoint of that name in webhooks.file", null));
        String body = row.body() != null ? row.body() : lateBody.of(row);
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(endpoint.url())
                .timeout(TIMEOUT)
                .header("Content-Type", AccountCloudEvent.CONTENT_TYPE + "; charset=utf-8")
                .header("User-Agent", "customer-accounts-webhooks")
                .header("webhook-id", row.eventId())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", endpoint.signature().sign(row.eventId(), timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        int status = 0;
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            status = response.statusCode();
            // the answer's body is of no use: closed unread, so that an endpoint that never ends one holds no lane
            response.body().close();
        } finally {
            outbox.answered(row.id(), status);
        }
        if (status < 200 || status > 299) {
            throw new EndpointAnswered(status);
        }
    }

    /** Makes the body of an event written without one. */
    interface LateBody {
        /** @throws DeliveryRefused when it cannot be made, ever */
        String of(WebhookDelivery row) throws DeliveryRefused;
    }

    /** The endpoint answered, but not with a 2xx: the event is tried again. */
    static final class EndpointAnswered extends Exception {

        EndpointAnswered(int status) {
            super("the endpoint answered HTTP " + status);
        }
    }

    @Override
    public String toString() {
        return "the webhook endpoints";
    }
}
