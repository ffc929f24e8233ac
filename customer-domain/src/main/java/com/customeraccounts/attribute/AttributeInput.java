package com.customeraccounts.attribute;

import java.util.Objects;

/**
 * One {@code custom_attributes} entry of a request: its code and its value as text ({@code null} for JSON null),
 * or a value that is no scalar at all (a list or an object), which only an undeclared code may carry.
 */
public record AttributeInput(String code, String value, boolean scalar) {

    public AttributeInput {
        Objects.requireNonNull(code, "code");
    }

    public static AttributeInput of(String code, String value) {
        return new AttributeInput(code, value, true);
    }

    public static AttributeInput notScalar(String code) {
        return new AttributeInput(code, null, false);
    }

    /** Null, empty, or no scalar: what Magento's EAV stores as no value. */
    boolean isEmpty() {
        return value == null || value.isEmpty();
    }
}
