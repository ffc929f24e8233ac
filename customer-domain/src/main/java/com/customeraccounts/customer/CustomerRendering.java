package com.customeraccounts.customer;

/**
 * The customer as the API shows it: the JSON {@code GET /V1/customers/{id}} answers (Magento's
 * {@code customer-data-customer-interface}), never a hash or a key. What sends a customer elsewhere (an
 * account event) uses this one rendering, so that it shows what the API shows.
 */
public interface CustomerRendering {

    String json(Customer customer);
}
