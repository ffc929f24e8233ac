package com.customeraccounts.access;

import com.customeraccounts.account.PasswordHasher;
import com.customeraccounts.config.ConfigPath;
import com.customeraccounts.config.StoreConfig;
import com.customeraccounts.customer.Customer;
import com.customeraccounts.customer.CustomerId;
import com.customeraccounts.customer.CustomerRepository;
import com.customeraccounts.customer.EmailAddress;
import com.customeraccounts.customer.SecretToken;
import com.customeraccounts.error.AuthenticationException;
import com.customeraccounts.error.InputException;
import com.customeraccounts.error.Parameters;
import com.customeraccounts.error.Phrase;
import com.customeraccounts.store.StoreView;
import com.customeraccounts.store.Stores;
import com.customeraccounts.store.Website;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Customer tokens ({@code POST /V1/integration/customer/token}): Magento's {@code CustomerTokenService}
 * with its {@code Authenticate} checks in 2.4.8's order (locked, unconfirmed, then the password), the
 * lockout after repeated failures, and revocation.
 */
@ApplicationScoped
public class CustomerTokens {

    static final String NOT_CONFIRMED = "This account isn't confirmed. Verify and try again.";

    private CustomerRepository customers;
    private AccessTokens tokens;
    private PasswordHasher hasher;
    private StoreConfig config;
    private Stores stores;
    private Clock clock;

    protected CustomerTokens() {
    }

    @Inject
    public CustomerTokens(CustomerRepository customers, AccessTokens tokens, PasswordHasher hasher, StoreConfig config,
                          Stores stores, Clock clock) {
        this.customers = customers;
        this.tokens = tokens;
        this.hasher = hasher;
        this.config = config;
        this.stores = stores;
        this.clock = clock;
    }

    /**
     * A failed attempt is counted even though the call fails: the exception does not roll it back.
     *
     * @return the new token, handed out once
     */
    @Transactional(dontRollbackOn = AuthenticationException.class)
    public String issue(String username, String password, StoreView store) {
        List<Phrase> missing = new ArrayList<>();
        if (username == null || username.isEmpty()) {
            missing.add(Phrase.of(InputException.REQUIRED_FIELD, Parameters.named("fieldName", "username")));
        }
        if (password == null || password.isEmpty()) {
            missing.add(Phrase.of(InputException.REQUIRED_FIELD, Parameters.named("fieldName", "password")));
        }
        if (!missing.isEmpty()) {
            throw InputException.aggregate(missing);
        }
        Website website = stores.websiteOf(store.isAdmin() ? stores.defaultStoreView() : store);
        Customer customer = find(username, website).orElseThrow(AuthenticationException::signInIncorrect);
        Instant now = clock.instant();
        if (customer.isLocked(now)) {
            throw AuthenticationException.signInIncorrect();
        }
        if (!customer.isConfirmed() && config.flag(ConfigPath.CONFIRM, stores.website(customer.websiteId())
                .orElse(website))) {
            throw new AuthenticationException(Phrase.of(NOT_CONFIRMED));
        }
        if (!hasher.matches(password, customer.passwordHash())) {
            customer.recordFailedSignIn(now, config.intValue(ConfigPath.LOCKOUT_FAILURES),
                    Duration.ofMinutes(config.intValue(ConfigPath.LOCKOUT_THRESHOLD)));
            customers.update(customer);
            throw AuthenticationException.signInIncorrect();
        }
        customer.recordSuccessfulSignIn();
        customers.update(customer);
        SecretToken token = SecretToken.random();
        tokens.saveCustomerToken(token.hash(), customer.id(),
                now.plus(Duration.ofHours(config.intValue(ConfigPath.CUSTOMER_TOKEN_LIFETIME_HOURS))));
        return token.value();
    }

    /** The customer behind a customer bearer token, if it is one and has not expired. */
    @Transactional
    public Optional<CustomerId> customerOf(String bearerToken) {
        return tokens.findCustomer(SecretToken.sha256(bearerToken), clock.instant());
    }

    @Transactional
    public void revokeAll(CustomerId customer) {
        tokens.revokeCustomerTokens(customer);
    }

    private Optional<Customer> find(String username, Website website) {
        int scope = config.intValue(ConfigPath.ACCOUNT_SHARE_SCOPE) == 0 ? 0 : website.id();
        try {
            return customers.findByEmail(new EmailAddress(username), scope);
        } catch (IllegalArgumentException notAnEmail) {
            return Optional.empty();
        }
    }
}
