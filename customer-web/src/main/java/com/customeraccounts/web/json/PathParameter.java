package com.customeraccounts.web.json;

import jakarta.json.Json;

/** A path parameter converted as Magento converts service input: {@code :customerId} must be numeric. */
public final class PathParameter {

    private PathParameter() {
    }

    public static long id(String name, String value) {
        return InputBinder.toInt(name, Json.createValue(value));
    }
}
