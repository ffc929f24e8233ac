package com.customeraccounts.access;

import com.customeraccounts.account.PasswordHasher;
import com.customeraccounts.config.ConfigPath;
import com.customeraccounts.config.StoreConfig;
import com.customeraccounts.customer.SecretToken;
import com.customeraccounts.error.AuthenticationException;
import com.customeraccounts.error.InputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Issues admin tokens ({@code POST /V1/integration/admin/token}) and tells who a bearer token belongs to. */
@ApplicationScoped
public class AdminTokens {

    private Administrators administrators;
    private AccessTokens tokens;
    private PasswordHasher hasher;
    private StoreConfig config;
    private Clock clock;

    protected AdminTokens() {
    }

    @Inject
    public AdminTokens(Administrators administrators, AccessTokens tokens, PasswordHasher hasher,
                       StoreConfig config, Clock clock) {
        this.administrators = administrators;
        this.tokens = tokens;
        this.hasher = hasher;
        this.config = config;
        this.clock = clock;
    }

    /**
     * @return the new token, handed out once
     * @throws InputException          when the username or password is empty
     * @throws AuthenticationException when they do not match an admin user
     */
    @Transactional
    public String issue(String username, String password) {
        Credentials.requireBoth(username, password);
        Optional<Administrator> found = administrators.findByUsername(username);
        if (!hasher.matches(password, found.map(Administrator::passwordHash).orElse(null))) {
            throw AuthenticationException.signInIncorrect();
        }
        Administrator admin = found.orElseThrow();
        SecretToken token = SecretToken.random();
        Duration lifetime = Duration.ofHours(config.intValue(ConfigPath.ADMIN_TOKEN_LIFETIME_HOURS));
        tokens.saveAdminToken(token.hash(), admin.id(), clock.instant().plus(lifetime));
        return token.value();
    }

    /** The administrator behind an admin bearer token, if it is one and has not expired. */
    @Transactional
    public Optional<Caller> callerOf(String bearerToken) {
        Instant now = clock.instant();
        return tokens.findAdmin(SecretToken.sha256(bearerToken), now)
                .flatMap(administrators::find)
                .map(admin -> Caller.admin(admin.resources()));
    }
}
