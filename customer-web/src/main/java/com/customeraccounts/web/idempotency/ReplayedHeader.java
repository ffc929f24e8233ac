package com.customeraccounts.web.idempotency;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/** {@code Idempotent-Replayed: true} on an answer given again to a retry. */
@Provider
public class ReplayedHeader implements ContainerResponseFilter {

    static final String HEADER = "Idempotent-Replayed";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (Boolean.TRUE.equals(request.getProperty(IdempotencyInterceptor.REPLAYED))) {
            response.getHeaders().putSingle(HEADER, "true");
        }
    }
}
