package com.customeraccounts.account;

import com.customeraccounts.customer.AddressId;
import com.customeraccounts.customer.Customer;
import com.customeraccounts.customer.CustomerId;
import com.customeraccounts.customer.CustomerRepository;
import com.customeraccounts.customer.CustomerSnapshot;
import com.customeraccounts.customer.DuplicateEmailException;
import com.customeraccounts.customer.EmailAddress;
import com.customeraccounts.store.ShareScope;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Customers in a map, each kept as a copy, so that a change not handed to the repository is not in it; ids
 * from counters; the email is unique per sharing scope, ignoring case.
 */
final class InMemoryCustomerRepository implements CustomerRepository {
    final Map<CustomerId, Customer> stored = new LinkedHashMap<>();
    boolean concurrentInsertOnAdd;
    private long nextCustomerId = 1;
    private long nextAddressId = 1;

    /** What is stored now, as a fresh object. */
    Customer stored(CustomerId id) {
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
        CustomerSnapshot s = customer.snapshot();
        if (concurrentInsertOnAdd || emailExists(s.email().key(), s.shareScope())) {
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
        return stored.values().stream()
                .filter(c -> c.addresses().stream().anyMatch(a -> a.id().equals(id)))
                .findFirst()
                .map(c -> stored(c.id()));
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
    public Optional<Customer> findByEmail(EmailAddress email, ShareScope shareScope) {
        return stored.values().stream()
                .filter(c -> c.snapshot().shareScope().equals(shareScope)
                        && c.email().key().equals(email.key()))
                .findFirst()
                .map(c -> stored(c.id()));
    }

    @Override
    public boolean emailExists(String emailKey, ShareScope shareScope) {
        return stored.values().stream()
                .anyMatch(c -> c.snapshot().shareScope().equals(shareScope)
                        && c.email().key().equals(emailKey));
    }
}
