package com.customeraccounts.account;

import com.customeraccounts.audit.AccountAudit;
import com.customeraccounts.audit.AuditEvent;
import com.customeraccounts.customer.AddressId;
import com.customeraccounts.customer.Customer;
import com.customeraccounts.customer.CustomerId;
import com.customeraccounts.customer.CustomerLookup;
import com.customeraccounts.customer.CustomerRepository;
import com.customeraccounts.customer.Precondition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** Deleting a customer (with its addresses and tokens) or one of its addresses. */
@ApplicationScoped
public class CustomerDeletion {

    private CustomerRepository customers;
    private CustomerLookup lookup;
    private Clock clock;

    private AccountAudit audit;

    protected CustomerDeletion() {}

    @Inject
    public CustomerDeletion(CustomerRepository customers, CustomerLookup lookup, Clock clock, AccountAudit audit) {
        this.customers = customers;
        this.lookup = lookup;
        this.clock = clock;
        this.audit = audit;
    }

    @Transactional
    public void deleteCustomer(CustomerId customerId) {
        Customer customer = lookup.customer(customerId);
        customers.delete(customer.id());
        audit.deleted(customer);
    }

    /**
     * Deletes the customer only if {@code precondition} holds for it as it is now.
     *
     * @throws com.customeraccounts.error.ConflictException {@code STALE} when it does not
     */
    @Transactional
    public void deleteCustomer(CustomerId customerId, Precondition precondition) {
        Customer customer = Preconditions.checked(customers, customerId, precondition);
        customers.delete(customer.id());
        audit.deleted(customer);
    }

    @Transactional
    public void deleteAddress(long addressId) {
        Customer owner = lookup.ownerOfAddress(addressId);
        owner.removeAddress(new AddressId(addressId), clock.instant());
        customers.update(owner);
        audit.record(owner.id(), AuditEvent.ADDRESS_REMOVED, List.of("address " + addressId));
    }
}
