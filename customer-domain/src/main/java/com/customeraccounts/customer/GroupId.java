package com.customeraccounts.customer;

/** A customer group id; Magento seeds 0 NOT LOGGED IN, 1 General, 2 Wholesale, 3 Retailer. */
public record GroupId(int value) {

    public GroupId {
        if (value < 0) {
            throw new IllegalArgumentException("a group id is not negative: " + value);
        }
    }
}
