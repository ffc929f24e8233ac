package com.customeraccounts.web.access;

import com.customeraccounts.customer.Customer;
import com.customeraccounts.customer.CustomerId;
import com.customeraccounts.customer.CustomerLookup;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The customer a {@code self} route acts on, kept on the request by {@link AccessFilter}. It is read from
 * the database at most once per request: by the store check when accounts are per website, else by the
 * first route that needs more than the id.
 */
public final class CallingCustomer {

    private static final String ATTRIBUTE = CallingCustomer.class.getName();

    private final CustomerId id;
    private final CustomerLookup lookup;
    private Customer customer;

    CallingCustomer(CustomerId id, CustomerLookup lookup) {
        this.id = id;
        this.lookup = lookup;
    }

    static void set(HttpServletRequest request, CallingCustomer customer) {
        request.setAttribute(ATTRIBUTE, customer);
    }

    /** @throws IllegalStateException on a route that does not require {@code self} */
    public static CallingCustomer of(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof CallingCustomer known) {
            return known;
        }
        throw new IllegalStateException("Not a self route: " + request.getRequestURI());
    }

    public CustomerId id() {
        return id;
    }

    /** @throws com.customeraccounts.error.NoSuchEntityException when the account was deleted meanwhile */
    public Customer customer() {
        if (customer == null) {
            customer = lookup.committed(id);
        }
        return customer;
    }
}
