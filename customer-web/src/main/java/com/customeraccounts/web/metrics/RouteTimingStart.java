package com.customeraccounts.web.metrics;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/** Notes when a REST request came in, before any other filter: {@link RouteTimings} stops the clock. */
@Provider
@PreMatching
@Priority(0)
public class RouteTimingStart implements ContainerRequestFilter {

    static final String STARTED = RouteTimingStart.class.getName() + ".started";

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }
}
