package com.customeraccounts.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/** Account events delivered to webhook endpoints, retried and given up, by event type. */
@ApplicationScoped
class WebhookMetrics implements DeliveryOutcomes {

    static final Metadata DELIVERED =
            described("webhook_events_delivered", "Account events an endpoint answered with a 2xx, by event type");
    static final Metadata RETRIED = described(
            "webhook_events_retried",
            "Webhook attempts that failed for now and are retried after a backoff, by event type");
    static final Metadata FAILED = described(
            "webhook_events_failed",
            "Account events given up for good (failing for outbox.max_age_hours, or their endpoint no longer "
                    + "declared), by event type");

    @Inject
    MetricRegistry registry;

    @Override
    public void sent(String type) {
        count(DELIVERED, type);
    }

    @Override
    public void retried(String type) {
        count(RETRIED, type);
    }

    @Override
    public void failed(String type) {
        count(FAILED, type);
    }

    /** The type is one of {@link WebhookEvent}'s (the row was read through it), so tags stay few. */
    private void count(Metadata name, String type) {
        registry.counter(name, new Tag("type", type)).inc();
    }

    private static Metadata described(String name, String description) {
        return Metadata.builder().withName(name).withDescription(description).build();
    }
}
