package com.customeraccounts.web.json;

import static com.customeraccounts.web.wire.Jsons.JSON;


/** A path parameter converted as Magento converts service input: {@code :customerId} must be numeric. */
public final class PathParameter {

    private PathParameter() {
    }

    public static long id(String name, String value) {
        return InputBinder.toInt(name, JSON.createValue(value));
    }
}
