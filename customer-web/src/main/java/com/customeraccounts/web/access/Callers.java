package com.customeraccounts.web.access;

import com.customeraccounts.access.AclResource;
import com.customeraccounts.access.AdminTokens;
import com.customeraccounts.access.Caller;
import com.customeraccounts.access.CustomerTokens;
import com.customeraccounts.access.Integration;
import com.customeraccounts.access.Integrations;
import com.customeraccounts.access.OAuthRequest;
import com.customeraccounts.access.OAuthVerifier;
import com.customeraccounts.config.AccountSharing;
import com.customeraccounts.config.ConfigPath;
import com.customeraccounts.config.StoreConfig;
import com.customeraccounts.customer.CustomerId;
import com.customeraccounts.customer.CustomerLookup;
import com.customeraccounts.customer.SecretToken;
import com.customeraccounts.error.AuthorizationException;
import com.customeraccounts.store.StoreView;
import com.customeraccounts.trace.RequestContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;

/**
 * Tells who sent a request: an integration by its OAuth 1.0a signature, or the holder of a bearer token
 * (admin, customer, or an integration's access token when {@code oauth/consumer/enable_integration_as_bearer}
 * is on). A missing, unknown or expired credential makes a guest, as in Magento; routes that need more say
 * so themselves.
 */
@ApplicationScoped
public class Callers {

    private static final String BEARER = "bearer ";
    private static final String OAUTH = "oauth ";
    private static final String CALLER = Callers.class.getName() + ".caller";

    @Inject
    AdminTokens adminTokens;

    @Inject
    CustomerTokens customerTokens;

    @Inject
    OAuthVerifier oauth;

    @Inject
    Integrations integrations;

    @Inject
    CustomerLookup lookup;

    @Inject
    StoreConfig config;

    /** @throws AuthorizationException naming the resource when the caller does not hold it */
    Caller requiring(HttpServletRequest request, String resource) {
        Caller caller = of(request);
        if (!caller.isAllowed(resource)) {
            throw AuthorizationException.missing(resource);
        }
        return caller;
    }

    /**
     * Decided once per request and kept on it: an OAuth signature's nonce is used up by its first
     * verification, so asking twice (the rate limit, then the route) would make a guest of the second.
     */
    public Caller of(HttpServletRequest request) {
        if (request.getAttribute(CALLER) instanceof Caller known) {
            return known;
        }
        Caller caller = identify(request);
        request.setAttribute(CALLER, caller);
        caller.customerId().ifPresent(RequestContext::identify);
        caller.identity().ifPresent(RequestContext::actor);
        return caller;
    }

    private Caller identify(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null) {
            return Caller.guest();
        }
        if (startsWith(authorization, OAUTH)) {
            String query = request.getQueryString();
            String url = request.getRequestURL() + (query == null ? "" : "?" + query);
            return oauth.verify(new OAuthRequest(request.getMethod(), url, authorization))
                    .map(Integration::caller)
                    .orElse(Caller.guest());
        }
        if (!startsWith(authorization, BEARER)) {
            return Caller.guest();
        }
        String token = authorization.substring(BEARER.length()).trim();
        if (token.isEmpty() || token.length() > 256) {
            return Caller.guest();
        }
        return adminTokens
                .callerOf(token)
                .or(() -> customerTokens.customerOf(token).map(Caller::customer))
                .or(() -> integrationAsBearer(token))
                .orElse(Caller.guest());
    }

    /** Magento 2.4.4+: an integration's access token works as a bearer token only when this is switched on. */
    private Optional<Caller> integrationAsBearer(String token) {
        if (!config.flag(ConfigPath.INTEGRATION_AS_BEARER)) {
            return Optional.empty();
        }
        return integrations.findByAccessToken(token).map(Integration::caller);
    }

    /**
     * The customer of a {@code self} route. The request's store must be one of the customer's shared
     * stores, as in Magento's {@code Customer/Authorization}: its website's store views, or every store view
     * when accounts are global. The admin store ({@code /rest/all/}) is never one of them.
     *
     * @throws AuthorizationException {@code {"resources":"self"}} otherwise
     */
    CallingCustomer self(HttpServletRequest request, StoreView requestStore) {
        CustomerId id = of(request).customerId().orElseThrow(() -> AuthorizationException.missing(AclResource.SELF));
        CallingCustomer customer = new CallingCustomer(id, lookup);
        if (!isSharedStore(requestStore, customer)) {
            throw AuthorizationException.missing(AclResource.SELF);
        }
        return customer;
    }

    private boolean isSharedStore(StoreView store, CallingCustomer customer) {
        if (store.isAdmin()) {
            return false;
        }
        return AccountSharing.configuredIn(config).isGlobal()
                || customer.customer().websiteId().equals(store.websiteId());
    }

    /** The hash of the request's bearer token, if it has one. */
    public String tokenHash(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !startsWith(authorization, BEARER)) {
            return null;
        }
        return SecretToken.sha256(authorization.substring(BEARER.length()).trim());
    }

    private static boolean startsWith(String header, String scheme) {
        return header.length() > scheme.length() && header.regionMatches(true, 0, scheme, 0, scheme.length());
    }
}
