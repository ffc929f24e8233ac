package com.customeraccounts.web.rest;

import com.customeraccounts.store.StoreView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;

/** The store view a request runs in, kept on the request by {@link StorePathFilter}. */
public final class RequestStore {

    private static final String ATTRIBUTE = RequestStore.class.getName();

    private RequestStore() {}

    static void set(ContainerRequestContext request, StoreView store) {
        request.setProperty(ATTRIBUTE, store);
    }

    public static StoreView of(HttpServletRequest request) {
        return (StoreView) request.getAttribute(ATTRIBUTE);
    }
}
