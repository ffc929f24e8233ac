package com.customeraccounts.web.json;

import com.customeraccounts.error.InputException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;

/**
 * {@code custom_attributes}: a list of {@code {attribute_code, value}}. This service defines no
 * user attributes, so well-formed entries are dropped as Magento drops unknown codes; malformed ones get
 * Magento's messages.
 */
final class CustomAttributes {

    private CustomAttributes() {}

    static List<Object> check(String key, JsonValue value) {
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw InputBinder.typeError(key, value, "array");
        }
        for (JsonValue item : value.asJsonArray()) {
            if (!(item instanceof JsonObject attribute) || attribute.isEmpty()) {
                throw InputException.of("An empty custom attribute is specified. Enter the attribute and try again.");
            }
            JsonValue code = attribute.get("attribute_code");
            if (code == null
                    || code.getValueType() != JsonValue.ValueType.STRING
                    || attribute.getString("attribute_code").isEmpty()) {
                throw InputException.of("A custom attribute is specified with a missing attribute code. Verify the "
                        + "code and try again.");
            }
            if (!attribute.containsKey("value")) {
                throw InputException.of("The \"" + attribute.getString("attribute_code") + "\" attribute code "
                        + "doesn't have a value set. Enter the value and try again.");
            }
        }
        return List.of();
    }
}
