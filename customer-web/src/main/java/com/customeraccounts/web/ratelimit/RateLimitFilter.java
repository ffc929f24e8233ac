package com.customeraccounts.web.ratelimit;

import com.customeraccounts.web.access.Callers;
import com.customeraccounts.web.metrics.RateLimitRefusals;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Counts each request to a {@link RateLimited} route against its client's limit, before the route does
 * any work. Administrators and integrations are not limited: an ERP creating accounts works from one
 * address on purpose, and its credentials already say who it is.
 */
@Provider
@RateLimited("")
@Priority(Priorities.AUTHORIZATION)
public class RateLimitFilter implements ContainerRequestFilter {

    @Inject
    RateLimits limits;

    @Inject
    RateLimiter limiter;

    @Inject
    Callers callers;

    @Inject
    RateLimitRefusals refusals;

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        if (!limits.enabled()) {
            return;
        }
        RateLimited limited = resource.getResourceMethod().getAnnotation(RateLimited.class);
        if (limited == null || isAdministrative()) {
            return;
        }
        String client = ClientAddress.of(request, limits.trustedProxies());
        limiter.acquire(limited.value() + " " + client, limits.of(limited.value()))
                .ifPresent(retryAfter -> {
                    refusals.refused(limited.value());
                    throw new TooManyRequests(retryAfter);
                });
    }

    private boolean isAdministrative() {
        return request.getHeader(HttpHeaders.AUTHORIZATION) != null
                && callers.of(request).isAdministrative();
    }
}
