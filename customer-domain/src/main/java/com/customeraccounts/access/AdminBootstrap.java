package com.customeraccounts.access;

import com.customeraccounts.customer.SecretToken;
import com.customeraccounts.password.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;

/**
 * Makes sure the bootstrap admin ({@code admin.username}, {@code admin.password}) exists. With no
 * password configured, one is generated on the first start only; the caller shows it once.
 */
@ApplicationScoped
public class AdminBootstrap {

    private Administrators administrators;
    private PasswordHasher hasher;

    protected AdminBootstrap() {}

    @Inject
    public AdminBootstrap(Administrators administrators, PasswordHasher hasher) {
        this.administrators = administrators;
        this.hasher = hasher;
    }

    /** @return the generated password, when one had to be generated */
    @Transactional
    public Optional<String> ensure(String username, Optional<String> configuredPassword) {
        Optional<Administrator> existing = administrators.findByUsername(username);
        if (configuredPassword.isPresent()) {
            String password = configuredPassword.get();
            boolean upToDate = existing.map(a -> hasher.matches(password, a.passwordHash()))
                    .orElse(false);
            if (!upToDate) {
                administrators.save(username, hasher.hash(password), Set.of(AclResource.ALL));
            }
            return Optional.empty();
        }
        if (existing.isPresent()) {
            return Optional.empty();
        }
        String generated = SecretToken.random().value();
        administrators.save(username, hasher.hash(generated), Set.of(AclResource.ALL));
        return Optional.of(generated);
    }
}
