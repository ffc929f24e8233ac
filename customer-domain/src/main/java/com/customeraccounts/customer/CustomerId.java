package com.customeraccounts.customer;

/** A customer's id, Magento's {@code customer_entity.entity_id}. */
public record CustomerId(long value) {

    public CustomerId {
        if (value <= 0) {
            throw new IllegalArgumentException("a customer id is positive: " + value);
        }
    }
}
