package com.customeraccounts.attribute;

import java.util.Objects;

/**
 * One of Magento's validation rules of an attribute ({@code min_text_length}, {@code max_text_length},
 * {@code input_validation}, {@code date_range_min}, {@code date_range_max}), its value as text, as Magento sends it.
 */
public record ValidationRule(String name, String value) {

    public ValidationRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }
}
