package com.customeraccounts.web.json;

import static com.customeraccounts.web.wire.Jsons.JSON;

import com.customeraccounts.customer.CustomerId;

/** A path parameter converted as Magento converts service input: {@code :customerId} must be numeric. */
public final class PathParameter {

    private PathParameter() {}

    /** A {@code :customerId}: a number, and the customer's id when there is one. */
    public static CustomerId customerId(String value) {
        return CustomerId.requested(id("customerId", value));
    }

    public static long id(String name, String value) {
        return InputBinder.toInt(name, JSON.createValue(value));
    }
}
