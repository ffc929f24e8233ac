package com.customeraccounts.account;

import com.customeraccounts.customer.AddressId;
import com.customeraccounts.customer.Customer;
import com.customeraccounts.customer.CustomerId;
import com.customeraccounts.customer.CustomerRepository;
import com.customeraccounts.customer.CustomerSnapshot;
import com.customeraccounts.customer.DuplicateEmailException;
import com.customeraccounts.customer.EmailAddress;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Customers in a map; ids from counters; the email is unique per sharing scope, ignoring case. */
final class InMemoryCustomerRepository implements CustomerRepository {
    final Map<CustomerId, Customer> stored = new LinkedHashMap<>();
    boolean concurrentInsertOnAdd;
    private long nextCustomerId = 1;
    private long nextAddressId = 1;

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
        stored.put(customer.id(), customer);
    }

    @Override
    public void update(Customer customer) {
        stored.put(customer.id(), customer);
    }

    @Override
    public void delete(CustomerId id) {
        stored.remove(id);
    }

    @Override
    public Optional<Customer> findByAddress(AddressId id) {
        return stored.values().stream().filter(c -> c.addresses().stream().anyMatch(a -> a.id().equals(id)))
                .findFirst();
    }

    @Override
    public Optional<Customer> find(CustomerId id) {
        return Optional.ofNullable(stored.get(id));
    }

    @Override
    public Optional<Customer> findForUpdate(CustomerId id) {
        return find(id);
    }

    @Override
    public Optional<Customer> findByEmail(EmailAddress email, int shareScope) {
        return stored.values().stream()
                .filter(c -> c.snapshot().shareScope() == shareScope && c.email().key().equals(email.key()))
                .findFirst();
    }

    @Override
    public boolean emailExists(String emailKey, int shareScope) {
        return stored.values().stream()
                .anyMatch(c -> c.snapshot().shareScope() == shareScope && c.email().key().equals(emailKey));
    }
}
