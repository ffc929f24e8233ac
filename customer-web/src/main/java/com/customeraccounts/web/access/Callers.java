package com.customeraccounts.web.access;

import com.customeraccounts.access.AdminTokens;
import com.customeraccounts.access.AclResource;
import com.customeraccounts.access.Caller;
import com.customeraccounts.access.CustomerTokens;
import com.customeraccounts.account.CustomerLookup;
import com.customeraccounts.config.ConfigPath;
import com.customeraccounts.config.StoreConfig;
import com.customeraccounts.customer.CustomerId;
import com.customeraccounts.store.StoreView;
import com.customeraccounts.error.AuthorizationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Tells who sent a request from its {@code Authorization: Bearer} header. A missing, unknown or expired
 * token makes a guest, as in Magento; routes that need more say so themselves.
 */
@ApplicationScoped
public class Callers {

    private static final String BEARER = "bearer ";

    @Inject
    AdminTokens adminTokens;

    @Inject
    CustomerTokens customerTokens;

    @Inject
    CustomerLookup lookup;

    @Inject
    StoreConfig config;

    /** @throws AuthorizationException naming the resource when the caller does not hold it */
    public Caller requiring(HttpHeaders headers, String resource) {
        Caller caller = of(headers);
        if (!caller.isAllowed(resource)) {
            throw AuthorizationException.missing(resource);
        }
        return caller;
    }

    public Caller of(HttpHeaders headers) {
        String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null || authorization.length() <= BEARER.length()
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Caller.guest();
        }
        String token = authorization.substring(BEARER.length()).trim();
        if (token.isEmpty() || token.length() > 256) {
            return Caller.guest();
        }
        return adminTokens.callerOf(token)
                .or(() -> customerTokens.customerOf(token).map(Caller::customer))
                .orElse(Caller.guest());
    }

    /**
     * The customer of a {@code self} route. The request's store must be one the customer's account is
     * shared with (its website's, unless accounts are global), as Magento's {@code Customer/Authorization}.
     *
     * @throws AuthorizationException {@code {"resources":"self"}} otherwise
     */
    public CustomerId self(HttpHeaders headers, StoreView requestStore) {
        CustomerId id = of(headers).customerId().orElseThrow(() -> AuthorizationException.missing(AclResource.SELF));
        boolean global = config.intValue(ConfigPath.ACCOUNT_SHARE_SCOPE) == 0;
        if (!global && !requestStore.isAdmin()
                && lookup.customer(id.value()).websiteId() != requestStore.websiteId()) {
            throw AuthorizationException.missing(AclResource.SELF);
        }
        return id;
    }
}
