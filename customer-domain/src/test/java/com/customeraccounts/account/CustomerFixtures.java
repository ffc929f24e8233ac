package com.customeraccounts.account;

import com.customeraccounts.access.AccessTokens;
import com.customeraccounts.access.AdminIdentity;
import com.customeraccounts.audit.AccountAudit;
import com.customeraccounts.audit.InMemoryAuditLog;
import com.customeraccounts.config.StoreConfig;
import com.customeraccounts.customer.Customer;
import com.customeraccounts.customer.CustomerId;
import com.customeraccounts.customer.CustomerLookup;
import com.customeraccounts.customer.EmailAddress;
import com.customeraccounts.customer.GroupId;
import com.customeraccounts.customer.PersonName;
import com.customeraccounts.customer.SecretToken;
import com.customeraccounts.password.PasswordHasher;
import com.customeraccounts.store.ShareScope;
import com.customeraccounts.store.StoreId;
import com.customeraccounts.store.Stores;
import com.customeraccounts.store.WebsiteId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The world the account use cases run in, in memory: a shop with two websites, Magento's seeded groups,
 * customers, tokens and reset requests in maps, and events recorded instead of observed.
 */
public final class CustomerFixtures {

    public static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    public static final String PASSWORD = "Secret123";

    /** Configuration values by path; an absent one is Magento's default. */
    public final Map<String, String> config = new HashMap<>();

    public final StoreConfig storeConfig = new StoreConfig(key -> Optional.ofNullable(config.get(key)));
    public final InMemoryCustomerRepository customers = new InMemoryCustomerRepository();
    public final InMemoryTokens tokens = new InMemoryTokens();
    public final InMemoryResetRequests resetRequests = new InMemoryResetRequests();
    public final Stores stores = AccountFixture.twoWebsites();
    public final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    public final PasswordHasher hasher = new PasswordHasher(4);
    public final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    public final AccountAudit audit = new AccountAudit(auditLog, clock);

    public CustomerLookup lookup() {
        return new CustomerLookup(customers, null, stores, storeConfig);
    }

    public PasswordPolicy passwordPolicy() {
        return new PasswordPolicy(storeConfig);
    }

    /** Jane Doe, registered in the main website (1) with {@link #PASSWORD}, no addresses, confirmed. */
    public Customer jane() {
        return registered("jane@example.com", null);
    }

    /** A customer registered in the main website; {@code confirmationKey} pending unless null. */
    public Customer registered(String email, SecretToken confirmationKey) {
        Customer customer = Customer.register(
                new Customer.Registration(
                        customers.nextId(),
                        WebsiteId.of(1),
                        StoreId.of(1),
                        "Default Store View",
                        new GroupId(1),
                        ShareScope.of(1),
                        new EmailAddress(email),
                        new PersonName(null, "Jane", null, "Doe", null),
                        null,
                        null,
                        null,
                        hasher.hash(PASSWORD),
                        confirmationKey,
                        0,
                        List.of(),
                        null,
                        null),
                SecretToken.random(),
                NOW.minusSeconds(3600));
        customers.add(customer);
        return customer;
    }

    /** Customer tokens by hash; admin tokens are not used by the account use cases. */
    public static final class InMemoryTokens implements AccessTokens {
        private final Map<String, CustomerId> customerTokens = new HashMap<>();
        private final Map<CustomerId, Instant> revokedAt = new HashMap<>();

        @Override
        public void saveAdminToken(String tokenHash, long adminId, Instant expiresAt) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<AdminIdentity> findAdmin(String tokenHash, Instant now) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void saveCustomerToken(String tokenHash, CustomerId customer, Instant expiresAt) {
            customerTokens.put(tokenHash, customer);
        }

        @Override
        public Optional<CustomerId> findCustomer(String tokenHash, Instant now) {
            return Optional.ofNullable(customerTokens.get(tokenHash));
        }

        @Override
        public void revokeCustomerTokens(CustomerId customer, Instant revokedAt) {
            revokeCustomerTokensExcept(customer, null, revokedAt);
        }

        @Override
        public void revokeCustomerTokensExcept(CustomerId customer, String keptTokenHash, Instant revokedAt) {
            customerTokens
                    .entrySet()
                    .removeIf(e -> e.getValue().equals(customer) && !e.getKey().equals(keptTokenHash));
            this.revokedAt.put(customer, revokedAt);
        }

        @Override
        public Optional<Instant> customerTokensRevokedAt(CustomerId customer) {
            return Optional.of(revokedAt.getOrDefault(customer, Instant.EPOCH));
        }
    }

    /** Reset requests by email key, in the order made. */
    public static final class InMemoryResetRequests implements PasswordResetRequests {
        private final Map<String, List<Instant>> requests = new HashMap<>();

        @Override
        public Optional<Instant> last(String emailKey) {
            List<Instant> made = requests.getOrDefault(emailKey, List.of());
            return made.isEmpty() ? Optional.empty() : Optional.of(made.get(made.size() - 1));
        }

        @Override
        public int countSince(String emailKey, Instant since) {
            return (int) requests.getOrDefault(emailKey, List.of()).stream()
                    .filter(at -> !at.isBefore(since))
                    .count();
        }

        @Override
        public void record(String emailKey, Instant at) {
            requests.computeIfAbsent(emailKey, k -> new ArrayList<>()).add(at);
        }
    }
}
