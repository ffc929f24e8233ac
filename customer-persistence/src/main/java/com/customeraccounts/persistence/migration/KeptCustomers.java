package com.customeraccounts.persistence.migration;

import com.customeraccounts.persistence.access.TokenCache;
import com.customeraccounts.persistence.customer.CustomerCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What this instance keeps in memory of customers (their rows, their tokens), forgotten by every migration
 * that writes their rows by plain JDBC: it may change or delete any customer, and a deleted customer's tokens
 * go with it in the database.
 */
@ApplicationScoped
public class KeptCustomers {

    @Inject
    CustomerCache customers;

    @Inject
    TokenCache tokens;

    /** Now and after the current transaction. */
    public void forgetAll() {
        customers.forgetAll();
        tokens.forgetAllCustomers();
    }
}
