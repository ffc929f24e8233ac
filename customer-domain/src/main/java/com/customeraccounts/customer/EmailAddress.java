package com.customeraccounts.customer;

import java.util.Locale;
import java.util.Objects;

/**
 * A customer's email address, kept exactly as sent. Two addresses that differ only in letter case are the
 * same account: {@link #key()} is what uniqueness and look-ups compare, on every database.
 */
public record EmailAddress(String value) {

    public EmailAddress {
        Objects.requireNonNull(value, "value");
        if (!EmailRule.problems(value).isEmpty()) {
            throw new IllegalArgumentException("not a valid email address");
        }
    }

    public String key() {
        return keyOf(value);
    }

    /** What uniqueness compares: the address in lower case. */
    public static String keyOf(String email) {
        return email.toLowerCase(Locale.ROOT);
    }

    public boolean sameAs(String other) {
        return other != null && value.equalsIgnoreCase(other);
    }
}
