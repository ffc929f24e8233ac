package com.customeraccounts.web.error;

import jakarta.json.Json;
import jakarta.json.JsonValue;

/** Keeps a parameter's type on the wire, as PHP does: ints as numbers, strings as strings. */
final class JsonValues {

    private JsonValues() {
    }

    static JsonValue of(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof Integer i) {
            return Json.createValue(i);
        }
        if (value instanceof Long l) {
            return Json.createValue(l);
        }
        if (value instanceof Number n) {
            return Json.createValue(n.doubleValue());
        }
        if (value instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        return Json.createValue(value.toString());
    }
}
