package com.customeraccounts.access;

import com.customeraccounts.config.ConfigPath;
import com.customeraccounts.config.StoreConfig;
import com.customeraccounts.customer.SecretToken;
import com.customeraccounts.password.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** One admin sign-in in its own transaction: the password checked and, when it matches, a token stored. */
@ApplicationScoped
public class AdminSignIn {

    private Administrators administrators;
    private AccessTokens tokens;
    private PasswordHasher hasher;
    private StoreConfig config;
    private Clock clock;

    protected AdminSignIn() {}

    @Inject
    public AdminSignIn(
            Administrators administrators,
            AccessTokens tokens,
            PasswordHasher hasher,
            StoreConfig config,
            Clock clock) {
        this.administrators = administrators;
        this.tokens = tokens;
        this.hasher = hasher;
        this.config = config;
        this.clock = clock;
    }

    /**
     * An unknown username is checked against the hasher's decoy, so that it costs what a wrong password
     * costs and the answer's timing tells no one which usernames exist.
     *
     * @return the new token, or nothing when the username and password match no admin user
     */
    @Transactional
    public Optional<String> attempt(String username, String password) {
        Optional<Administrator> admin = administrators.findByUsername(username);
        if (!hasher.matches(password, admin.map(Administrator::passwordHash).orElse(null))) {
            return Optional.empty();
        }
        SecretToken token = SecretToken.random();
        Duration lifetime = Duration.ofHours(config.intValue(ConfigPath.ADMIN_TOKEN_LIFETIME_HOURS));
        tokens.saveAdminToken(token.hash(), admin.get().id(), clock.instant().plus(lifetime));
        return Optional.of(token.value());
    }
}
