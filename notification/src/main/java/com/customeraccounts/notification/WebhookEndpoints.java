package com.customeraccounts.notification;

import java.util.List;
import java.util.Optional;

/** The endpoints the operator declared in {@code webhooks.file}; none when it is not set. */
record WebhookEndpoints(List<WebhookEndpoint> all) {

    static final WebhookEndpoints NONE = new WebhookEndpoints(List.of());

    WebhookEndpoints {
        all = List.copyOf(all);
    }

    boolean none() {
        return all.isEmpty();
    }

    List<WebhookEndpoint> wanting(WebhookEvent event) {
        return all.stream().filter(e -> e.wants(event)).toList();
    }

    Optional<WebhookEndpoint> named(String name) {
        return all.stream().filter(e -> e.name().equals(name)).findFirst();
    }
}
