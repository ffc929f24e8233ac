package com.customeraccounts.access;

import com.customeraccounts.customer.SecretToken;
import com.customeraccounts.error.AuthenticationException;
import com.customeraccounts.error.InputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Issues admin tokens ({@code POST /V1/integration/admin/token}) and tells who a bearer token belongs to. */
@ApplicationScoped
public class AdminTokens {

    private AccessTokens tokens;
    private AdminSignIn signIn;
    private TokenRequestThrottle throttle;
    private Clock clock;

    protected AdminTokens() {}

    @Inject
    public AdminTokens(AccessTokens tokens, AdminSignIn signIn, TokenRequestThrottle throttle, Clock clock) {
        this.tokens = tokens;
        this.signIn = signIn;
        this.throttle = throttle;
        this.clock = clock;
    }

    /**
     * @return the new token, handed out once
     * @throws InputException          when the username or password is empty
     * @throws AuthenticationException when they do not match an admin user, or the username is throttled
     *                                 after repeated failures (Magento's {@code AdminTokenService})
     */
    public String issue(String username, String password) {
        Credentials.requireBoth(username, password);
        TokenUser user = TokenUser.admin(username);
        throttle.check(user);
        Optional<String> token = signIn.attempt(username, password);
        if (token.isEmpty()) {
            throttle.failed(user);
            throw AuthenticationException.signInIncorrect();
        }
        throttle.succeeded(user);
        return token.get();
    }

    /** The administrator behind an admin bearer token, if it is one and has not expired. */
    // reads only: a token this instance has kept costs no transaction, and a miss is one statement
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Caller> callerOf(String bearerToken) {
        Instant now = clock.instant();
        return tokens.findAdmin(SecretToken.sha256(bearerToken), now)
                .map(admin -> Caller.admin("admin " + admin.id(), admin.resources()));
    }
}
