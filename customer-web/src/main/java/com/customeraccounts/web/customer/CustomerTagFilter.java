package com.customeraccounts.web.customer;

import jakarta.json.JsonValue;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * The {@code ETag} of a {@link Tagged} route's customer, and {@code 304 Not Modified} without a body for a
 * {@code GET} whose {@code If-None-Match} names it.
 */
@Provider
@Tagged
public class CustomerTagFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 200 || !(response.getEntity() instanceof JsonValue customer)) {
            return;
        }
        String tag = CustomerTag.of(customer);
        response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        if (request.getMethod().equals(HttpMethod.GET)
                && CustomerTag.noneMatchNames(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }
}
