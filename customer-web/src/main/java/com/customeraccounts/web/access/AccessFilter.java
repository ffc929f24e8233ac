package com.customeraccounts.web.access;

import com.customeraccounts.access.AclResource;
import com.customeraccounts.web.rest.RequestStore;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses a {@link Requires} route to a caller that lacks what it needs, before the route decodes its body
 * or path, as Magento's {@code RequestValidator} does. It runs after the rate limit, so that refused
 * guests still count against theirs.
 */
@Provider
@Requires("")
@Priority(Priorities.AUTHORIZATION + 1)
public class AccessFilter implements ContainerRequestFilter {

    @Inject
    Callers callers;

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        String required = required();
        if (AclResource.SELF.equals(required)) {
            CallingCustomer.set(request, callers.self(request, RequestStore.of(request)));
        } else {
            callers.requiring(request, required);
        }
    }

    private String required() {
        Requires onMethod = resource.getResourceMethod().getAnnotation(Requires.class);
        return (onMethod != null ? onMethod : resource.getResourceClass().getAnnotation(Requires.class)).value();
    }
}
