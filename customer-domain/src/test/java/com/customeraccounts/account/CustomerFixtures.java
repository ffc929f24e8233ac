package com.customeraccounts.account;

import com.customeraccounts.customer.CustomerLookup;
import com.customeraccounts.password.PasswordHasher;
import com.customeraccounts.access.AccessTokens;
import com.customeraccounts.config.StoreConfig;
import com.customeraccounts.customer.AddressId;
import com.customeraccounts.customer.Customer;
import com.customeraccounts.customer.CustomerGroup;
import com.customeraccounts.customer.CustomerGroups;
import com.customeraccounts.customer.CustomerId;
import com.customeraccounts.customer.CustomerRepository;
import com.customeraccounts.customer.DuplicateEmailException;
import com.customeraccounts.customer.EmailAddress;
import com.customeraccounts.customer.GroupId;
import com.customeraccounts.customer.PersonName;
import com.customeraccounts.customer.SecretToken;
import com.customeraccounts.directory.Country;
import com.customeraccounts.directory.Directory;
import com.customeraccounts.directory.Region;
import com.customeraccounts.store.StoreGroup;
import com.customeraccounts.store.StoreView;
import com.customeraccounts.store.Stores;
import com.customeraccounts.store.Website;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;

import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

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
    public final InMemoryCustomers customers = new InMemoryCustomers();
    public final InMemoryTokens tokens = new InMemoryTokens();
    public final InMemoryResetRequests resetRequests = new InMemoryResetRequests();
    public final Stores stores = twoWebsites();
    public final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    public final PasswordHasher hasher = new PasswordHasher(4);

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
        Customer customer = Customer.register(new Customer.Registration(customers.nextId(), 1, 1,
                "Default Store View", new GroupId(1), 1, new EmailAddress(email),
                new PersonName(null, "Jane", null, "Doe", null), null, null, null, hasher.hash(PASSWORD),
                confirmationKey, 0, List.of(), null), SecretToken.random(), NOW.minusSeconds(3600));
        customers.add(customer);
        return customer;
    }

    public static Stores twoWebsites() {
        return new Stores(
                List.of(new Website(0, "admin", "Admin", 0),
                        new Website(1, "base", "Main Website", 1),
                        new Website(2, "second", "Second Website", 2)),
                List.of(new StoreGroup(0, 0, 0, 0, "Default", "default"),
                        new StoreGroup(1, 1, 2, 1, "Main Website Store", "main_website_store"),
                        new StoreGroup(2, 2, 2, 2, "Second Website Store", "second_website_store")),
                List.of(new StoreView(0, "admin", "Admin", 0, 0, true),
                        new StoreView(1, "default", "Default Store View", 1, 1, true),
                        new StoreView(2, "second_view", "Second Store View", 2, 2, true)),
                1);
    }

    public static Directory directory() {
        return new Directory(List.of(new Country("US", "US", "USA"), new Country("GB", "GB", "GBR")),
                List.of(new Region(43, "US", "NY", "New York")));
    }

    /** Customers in a map; ids from counters; the email is unique per sharing scope, ignoring case. */
    public static final class InMemoryCustomers implements CustomerRepository {
        private final Map<CustomerId, Customer> stored = new LinkedHashMap<>();
        private long nextCustomerId = 1;
        private long nextAddressId = 1;

        /** What is stored now, as a fresh object: a change not handed to the repository is not in it. */
        public Customer stored(CustomerId id) {
            return Customer.restore(stored.get(id).snapshot());
        }

        @Override
        public CustomerId nextId() {
            return new CustomerId(nextCustomerId++);
        }

        @Override
        public AddressId nextAddressId() {
            return new AddressId(nextAddressId++);
        }

        @Override
        public void add(Customer customer) {
            if (emailExists(customer.email().key(), customer.snapshot().shareScope())) {
                throw new DuplicateEmailException(null);
            }
            update(customer);
        }

        @Override
        public void update(Customer customer) {
            stored.put(customer.id(), Customer.restore(customer.snapshot()));
        }

        @Override
        public void delete(CustomerId id) {
            stored.remove(id);
        }

        @Override
        public Optional<Customer> findByAddress(AddressId id) {
            return stored.values().stream().filter(c -> c.addresses().stream().anyMatch(a -> a.id().equals(id)))
                    .findFirst().map(c -> stored(c.id()));
        }

        @Override
        public Optional<Customer> find(CustomerId id) {
            return Optional.ofNullable(stored.get(id)).map(c -> stored(id));
        }

        @Override
        public Optional<Customer> findForUpdate(CustomerId id) {
            return find(id);
        }

        @Override
        public Optional<Customer> findByEmail(EmailAddress email, int shareScope) {
            return stored.values().stream()
                    .filter(c -> c.snapshot().shareScope() == shareScope && c.email().key().equals(email.key()))
                    .findFirst().map(c -> stored(c.id()));
        }

        @Override
        public boolean emailExists(String emailKey, int shareScope) {
            return stored.values().stream()
                    .anyMatch(c -> c.snapshot().shareScope() == shareScope && c.email().key().equals(emailKey));
        }
    }

    /** Magento's seeded groups 0..3; only the existence check is used by the account use cases. */
    public static final class SeededGroups implements CustomerGroups {
        @Override
        public boolean exists(GroupId id) {
            return id.value() <= 3;
        }

        @Override
        public Optional<CustomerGroup> find(GroupId id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<CustomerGroup> all() {
            throw new UnsupportedOperationException();
        }

        @Override
        public CustomerGroup create(String code, int taxClassId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void update(CustomerGroup group) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void delete(GroupId id, GroupId replacement) {
            throw new UnsupportedOperationException();
        }
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
        public Optional<Long> findAdmin(String tokenHash, Instant now) {
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
            customerTokens.entrySet().removeIf(e -> e.getValue().equals(customer) && !e.getKey().equals(keptTokenHash));
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
            return (int) requests.getOrDefault(emailKey, List.of()).stream().filter(at -> !at.isBefore(since)).count();
        }

        @Override
        public void record(String emailKey, Instant at) {
            requests.computeIfAbsent(emailKey, k -> new ArrayList<>()).add(at);
        }
    }

    /** Records what is fired; nothing else is used by the use cases. */
    public static final class RecordingEvent<T> implements Event<T> {
        public final List<T> fired = new ArrayList<>();

        @Override
        public void fire(T event) {
            fired.add(event);
        }

        @Override
        public <U extends T> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<T> select(Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
