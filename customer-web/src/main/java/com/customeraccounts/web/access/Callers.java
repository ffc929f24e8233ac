package com.customeraccounts.web.access;

import com.customeraccounts.access.AdminTokens;
import com.customeraccounts.access.Caller;
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
        return adminTokens.callerOf(token).orElse(Caller.guest());
    }
}
