package com.customeraccounts.customer;

/** An address's id, Magento's {@code customer_address_entity.entity_id}. */
public record AddressId(long value) {

    public AddressId {
        if (value <= 0) {
            throw new IllegalArgumentException("an address id is positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
