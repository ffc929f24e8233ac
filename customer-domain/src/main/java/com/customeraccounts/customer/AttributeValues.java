package com.customeraccounts.customer;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The values of a customer's or an address's declared attributes, by attribute code, as Magento returns them
 * (text: an option's value, {@code 1}/{@code 0}, comma-joined values, {@code YYYY-MM-DD 00:00:00}). Kept in
 * code order: Magento gives {@code custom_attributes} no order of its own, this service gives a stable one.
 */
public final class AttributeValues {

    public static final AttributeValues NONE = new AttributeValues(Map.of());

    private final Map<String, String> values;

    private AttributeValues(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    public static AttributeValues of(Map<String, String> values) {
        values.forEach((code, value) -> {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(value, "value");
        });
        return values.isEmpty() ? NONE : new AttributeValues(values);
    }

    /** Code to value, in code order. */
    public Map<String, String> asMap() {
        return values;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AttributeValues that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "AttributeValues" + values.keySet();
    }
}
