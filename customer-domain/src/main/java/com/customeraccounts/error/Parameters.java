package com.customeraccounts.error;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters of a Magento phrase: named ({@code %fieldName}, rendered as a JSON object), positional
 * ({@code %1}, rendered as a JSON array), or none (the key is left out of the body).
 */
public sealed interface Parameters {

    Parameters NONE = new None();

    static Parameters named(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("named parameters come in key/value pairs");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return new Named(Collections.unmodifiableMap(values));
    }

    static Parameters positional(Object... values) {
        return new Positional(List.of(values));
    }

    record None() implements Parameters {}

    record Named(Map<String, Object> values) implements Parameters {}

    record Positional(List<Object> values) implements Parameters {}
}
