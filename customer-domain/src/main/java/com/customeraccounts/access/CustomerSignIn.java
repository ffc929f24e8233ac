package com.customeraccounts.access;

import com.customeraccounts.audit.AccountAudit;
import com.customeraccounts.audit.AuditEvent;
import com.customeraccounts.config.ConfigPath;
import com.customeraccounts.config.StoreConfig;
import com.customeraccounts.customer.Customer;
import com.customeraccounts.customer.CustomerId;
import com.customeraccounts.customer.CustomerLookup;
import com.customeraccounts.customer.CustomerRepository;
import com.customeraccounts.customer.SecretToken;
import com.customeraccounts.password.LegacyPasswordChecked;
import com.customeraccounts.password.PasswordHasher;
import com.customeraccounts.store.StoreView;
import com.customeraccounts.store.Stores;
import com.customeraccounts.store.Website;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One customer sign-in, decided and recorded in its own transaction (Magento's {@code Authenticate}, in
 * 2.4.8's order: locked, unconfirmed, then the password). It answers with an outcome rather than an
 * exception, so that a counted failure commits.
 */
@ApplicationScoped
public class CustomerSignIn {

    private CustomerRepository customers;
    private CustomerLookup lookup;
    private AccessTokens tokens;
    private PasswordHasher hasher;
    private StoreConfig config;
    private Stores stores;
    private Clock clock;
    private Event<LegacyPasswordChecked> legacyChecked;

    private AccountAudit audit;

    protected CustomerSignIn() {}

    @Inject
    public CustomerSignIn(
            CustomerRepository customers,
            CustomerLookup lookup,
            AccessTokens tokens,
            PasswordHasher hasher,
            StoreConfig config,
            Stores stores,
            Clock clock,
            Event<LegacyPasswordChecked> legacyChecked,
            AccountAudit audit) {
        this.customers = customers;
        this.lookup = lookup;
        this.tokens = tokens;
        this.hasher = hasher;
        this.config = config;
        this.stores = stores;
        this.clock = clock;
        this.legacyChecked = legacyChecked;
        this.audit = audit;
    }

    /** How a sign-in ended; the token only when it succeeded. */
    public record Outcome(Result result, String token) {

        public enum Result {
            TOKEN,
            NOT_CONFIRMED,
            LOCKED,
            REFUSED
        }

        @Override
        public String toString() {
            return "Outcome[" + result + "]";
        }
    }

    /** Checks the credentials, records the attempt and issues the token, in one transaction. */
    @Transactional
    public Outcome attempt(String username, String password, StoreView store) {
        Website website = stores.requestWebsite(store);
        Optional<Customer> found = lookup.byEmail(username, website);
        if (found.isEmpty()) {
            // an unknown email costs the hash check a wrong password costs, so timing does not tell it apart
            hasher.matches(password, null);
            return new Outcome(Outcome.Result.REFUSED, null);
        }
        Customer customer = found.get();
        Instant now = clock.instant();
        if (customer.isLocked(now)) {
            return new Outcome(Outcome.Result.LOCKED, null);
        }
        if (!customer.isConfirmed()
                && config.flag(
                        ConfigPath.CONFIRM, stores.website(customer.websiteId()).orElse(website))) {
            return new Outcome(Outcome.Result.NOT_CONFIRMED, null);
        }
        boolean legacy = hasher.needsUpgrade(customer.passwordHash());
        if (!hasher.matches(password, customer.passwordHash())) {
            recordFailure(customer.id(), now);
            checkedLegacy(legacy, false, false);
            return new Outcome(Outcome.Result.REFUSED, null);
        }
        if (customer.hasFailedSignIns() || legacy) {
            Customer current = locked(customer.id());
            if (current.snapshot().lockout().lockExpires() != null) {
                audit.record(current.id(), AuditEvent.SIGNED_IN_AFTER_LOCKOUT);
            }
            current.recordSuccessfulSignIn();
            boolean upgrade = hasher.needsUpgrade(current.passwordHash());
            if (upgrade) {
                current.rehashPassword(hasher.hash(password));
            }
            customers.update(current);
            checkedLegacy(legacy, true, upgrade);
        }
        SecretToken token = SecretToken.random();
        tokens.saveCustomerToken(
                token.hash(),
                customer.id(),
                now.plus(Duration.ofHours(config.intValue(ConfigPath.CUSTOMER_TOKEN_LIFETIME_HOURS))));
        return new Outcome(Outcome.Result.TOKEN, token.value());
    }

    /** How a check of a signed-in customer's current password ended. */
    public enum PasswordCheck {
        MATCHES,
        WRONG,
        LOCKED
    }

    /**
     * Magento's {@code Authentication::authenticate} for {@code PUT /V1/customers/me/password}: a wrong
     * password counts toward the lockout like a failed sign-in. It runs in a transaction of its own, so the
     * count commits although the password change it guards then fails.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public PasswordCheck checkPassword(CustomerId id, String password) {
        Customer customer = lookup.customer(id);
        Instant now = clock.instant();
        if (customer.isLocked(now)) {
            return PasswordCheck.LOCKED;
        }
        boolean legacy = hasher.needsUpgrade(customer.passwordHash());
        if (hasher.matches(password, customer.passwordHash())) {
            if (legacy) {
                Customer current = locked(id);
                current.rehashPassword(hasher.hash(password));
                customers.update(current);
            }
            checkedLegacy(legacy, true, legacy);
            return PasswordCheck.MATCHES;
        }
        checkedLegacy(legacy, false, false);
        return recordFailure(id, now).isLocked(now) ? PasswordCheck.LOCKED : PasswordCheck.WRONG;
    }

    /**
     * Counted on the row as stored now, locked: parallel failures each count, one after the other, instead
     * of losing all but one to a version conflict.
     */
    private Customer recordFailure(CustomerId id, Instant now) {
        Customer current = locked(id);
        boolean wasLocked = current.isLocked(now);
        current.recordFailedSignIn(
                now,
                config.intValue(ConfigPath.LOCKOUT_FAILURES),
                Duration.ofMinutes(config.intValue(ConfigPath.LOCKOUT_THRESHOLD)));
        customers.update(current);
        if (!wasLocked && current.isLocked(now)) {
            audit.record(id, AuditEvent.LOCKED);
        }
        return current;
    }

    private void checkedLegacy(boolean legacy, boolean matched, boolean upgraded) {
        if (legacy) {
            legacyChecked.fire(new LegacyPasswordChecked(matched, upgraded));
        }
    }

    private Customer locked(CustomerId id) {
        return customers
                .findForUpdate(id)
                .orElseThrow(() -> new IllegalStateException("customer " + id.value() + " is gone"));
    }
}
