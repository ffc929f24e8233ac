package com.customeraccounts.web.error;

import static com.customeraccounts.web.wire.Jsons.JSON;

import jakarta.json.JsonValue;

/** Keeps a parameter's type on the wire, as PHP does: ints as numbers, strings as strings. */
final class JsonValues {

    private JsonValues() {}

    static JsonValue of(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof Integer i) {
            return JSON.createValue(i);
        }
        if (value instanceof Long l) {
            return JSON.createValue(l);
        }
        if (value instanceof Number n) {
            return JSON.createValue(n.doubleValue());
        }
        if (value instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        return JSON.createValue(value.toString());
    }
}
