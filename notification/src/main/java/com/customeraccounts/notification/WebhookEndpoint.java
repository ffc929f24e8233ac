package com.customeraccounts.notification;

import java.net.URI;
import java.util.Set;

/** An endpoint of {@code webhooks.file}: where which account events go, and how they are signed. */
record WebhookEndpoint(String name, URI url, WebhookSignature signature, Set<WebhookEvent> events) {

    WebhookEndpoint {
        events = Set.copyOf(events);
    }

    boolean wants(WebhookEvent event) {
        return events.contains(event);
    }

    /** Its name and its URL's origin: never the secret, nor a path or query that may carry a token. */
    @Override
    public String toString() {
        return "webhook endpoint " + name + " (" + url.getScheme() + "://" + url.getRawAuthority() + ")";
    }
}
