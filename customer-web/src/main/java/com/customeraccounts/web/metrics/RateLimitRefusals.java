package com.customeraccounts.web.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/** Requests refused with a 429, per limit ({@code create_account}, …): never the client's address. */
@ApplicationScoped
public class RateLimitRefusals {

    static final Metadata REFUSALS = Metadata.builder()
            .withName("rate_limit_refusals")
            .withDescription("Requests refused over a rate limit (429), by limit")
            .build();

    @Inject
    MetricRegistry registry;

    public void refused(String limit) {
        registry.counter(REFUSALS, new Tag("limit", limit)).inc();
    }
}
