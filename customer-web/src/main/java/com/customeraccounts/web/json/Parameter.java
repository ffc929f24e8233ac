package com.customeraccounts.web.json;

import com.customeraccounts.error.InputException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Map;

/**
 * A top-level parameter of a service method: found under its camelCase name or its snake_case form
 * ({@code redirectUrl} / {@code redirect_url}); JSON null counts as absent.
 */
public final class Parameter {

    private Parameter() {}

    public static JsonValue value(JsonObject body, String camelName) {
        JsonValue value = body.get(camelName);
        if (value == null) {
            value = body.get(snake(camelName));
        }
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : value;
    }

    /** A string parameter; any scalar is accepted as its text. */
    public static String string(JsonObject body, String camelName) {
        JsonValue value = value(body, camelName);
        return value == null
                ? null
                : InputBinder.toText(snake(camelName), value, Field.of(camelName, Field.Kind.STRING));
    }

    /** An int parameter; numeric strings are accepted. */
    public static Integer integer(JsonObject body, String camelName) {
        JsonValue value = value(body, camelName);
        if (value == null) {
            return null;
        }
        return BoundObject.clamped(InputBinder.toInt(snake(camelName), value));
    }

    /**
     * An object parameter that must be there, bound by its schema (a non-object reads as an empty one).
     *
     * @throws InputException naming the parameter when it is absent or null
     */
    public static BoundObject object(JsonObject body, String camelName, Map<String, Field> schema, InputLimits limits) {
        JsonValue value = value(body, camelName);
        if (value == null) {
            throw InputException.requiredField(camelName);
        }
        return InputBinder.bind(value, schema, limits);
    }

    static String snake(String camel) {
        StringBuilder out = new StringBuilder();
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
