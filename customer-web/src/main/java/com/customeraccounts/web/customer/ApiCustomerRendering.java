package com.customeraccounts.web.customer;

import com.customeraccounts.customer.Customer;
import com.customeraccounts.customer.CustomerRendering;
import jakarta.enterprise.context.ApplicationScoped;

/** The customer in the JSON, byte for byte, that {@code GET /V1/customers/{id}} answers. */
@ApplicationScoped
class ApiCustomerRendering implements CustomerRendering {

    @Override
    public String json(Customer customer) {
        return CustomerJson.of(customer).toString();
    }
}
