package com.customeraccounts.customer;

import com.customeraccounts.error.InputException;
import com.customeraccounts.error.NoSuchEntityException;

/** A customer's id, Magento's {@code customer_entity.entity_id}. */
public record CustomerId(long value) {

    public CustomerId {
        if (value <= 0) {
            throw new IllegalArgumentException("a customer id is positive: " + value);
        }
    }

    /** An id a request names; Magento answers a non-positive one as no such customer. */
    public static CustomerId requested(long value) {
        if (value <= 0) {
            throw NoSuchEntityException.singleField("customerId", value);
        }
        return new CustomerId(value);
    }

    /** An id a request names where Magento answers a non-positive one as an invalid value. */
    public static CustomerId validated(long value) {
        if (value <= 0) {
            throw InputException.invalidFieldValue("customerId", value);
        }
        return new CustomerId(value);
    }
}
