package com.customeraccounts.web.metrics;

/** An HTTP status's class, {@code 2xx} to {@code 5xx}: few enough values for a tag. */
final class StatusClass {

    private StatusClass() {}

    static String of(int status) {
        if (status < 100 || status > 599) {
            return "other";
        }
        return status / 100 + "xx";
    }
}
