package com.customeraccounts.web.metrics;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Records each REST request's time, from {@link RouteTimingStart} to its response (an error mapped to a
 * Magento body included), in the timer of its route template, HTTP method and status class. The response
 * filter with the lowest priority runs last, so the other filters' work is in the time.
 */
@Provider
@Priority(0)
public class RouteTimings implements ContainerResponseFilter {

    /** In nanoseconds, so that Payara writes its quantiles and maximum, like its sum, in seconds. */
    static final Metadata REQUESTS = Metadata.builder()
            .withName("api_requests")
            .withUnit(MetricUnits.NANOSECONDS)
            .withDescription("REST requests, by route template, method and status class")
            .build();

    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");

    @Inject
    MetricRegistry registry;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(RouteTimingStart.STARTED) instanceof Long started)) {
            return;
        }
        String route = RouteTemplate.of(resource.getResourceClass(), resource.getResourceMethod());
        registry.timer(
                        REQUESTS,
                        new Tag("route", route),
                        new Tag("method", method(request.getMethod())),
                        new Tag("status", StatusClass.of(response.getStatus())))
                .update(Duration.ofNanos(System.nanoTime() - started));
    }

    /** A client may send any word as its method: only the standard ones become tags. */
    static String method(String method) {
        String upper = method == null ? "" : method.toUpperCase(Locale.ROOT);
        return METHODS.contains(upper) ? upper : "OTHER";
    }
}
