package com.customeraccounts.persistence.customer;

import com.customeraccounts.customer.Customer;
import com.customeraccounts.customer.CustomerId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * A customer read in a transaction of its own, for a caller outside one: its three statements on one
 * connection, each seeing what had committed when it began.
 */
@ApplicationScoped
class CommittedCustomerReads {

    @PersistenceContext(unitName = "customers")
    EntityManager em;

    @Transactional
    public Optional<Customer> find(CustomerId id) {
        return CustomerLoader.loadOne(em, id);
    }
}
