package com.customeraccounts.web.rest;

import com.customeraccounts.store.StoreId;
import com.customeraccounts.store.StoreView;
import com.customeraccounts.store.Stores;
import com.customeraccounts.web.error.WebapiException;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Magento's {@code PathProcessor}: {@code /rest/V1/...} runs in the default store view,
 * {@code /rest/all/V1/...} in the admin store, {@code /rest/<code>/V1/...} in that store view; the schema
 * ({@code /rest/<code>/schema}) likewise. The store code is taken off the path before routing; anything else
 * is {@code Specified request cannot be processed.}
 */
@Provider
@PreMatching
public class StorePathFilter implements ContainerRequestFilter {

    static final String CANNOT_PROCESS = "Specified request cannot be processed.";
    private static final Pattern ROUTE_ROOT = Pattern.compile("V\\d+|schema");

    @Inject
    Stores stores;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath(false);
        String[] segments = (path.startsWith("/") ? path.substring(1) : path).split("/", 2);
        if (ROUTE_ROOT.matcher(segments[0]).matches()) {
            RequestStore.set(request, stores.defaultStoreView());
            return;
        }
        if (segments.length < 2
                || !ROUTE_ROOT.matcher(segments[1].split("/", 2)[0]).matches()) {
            throw WebapiException.badRequest(CANNOT_PROCESS);
        }
        StoreView store = storeOf(segments[0]).orElseThrow(() -> WebapiException.badRequest(CANNOT_PROCESS));
        RequestStore.set(request, store);
        URI base = request.getUriInfo().getBaseUri();
        URI rewritten = UriBuilder.fromUri(base)
                .path(segments[1])
                .replaceQuery(request.getUriInfo().getRequestUri().getRawQuery())
                .build();
        request.setRequestUri(base, rewritten);
    }

    private Optional<StoreView> storeOf(String code) {
        if (StoreView.ALL_CODE.equals(code)) {
            return stores.storeView(StoreId.ADMIN);
        }
        return stores.storeView(code).filter(view -> !view.isAdmin());
    }
}
