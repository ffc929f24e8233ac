package com.customeraccounts.web.json;

import com.customeraccounts.attribute.AttributeInput;
import com.customeraccounts.error.InputException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code custom_attributes}: a list of {@code {attribute_code, value}}, read as Magento's
 * {@code ServiceInputProcessor} reads it: malformed entries get Magento's messages; a value is kept as text (a
 * number as written, {@code true} as {@code 1}, {@code false} as empty) or marked as no scalar. Which codes are
 * declared, and what their values may be, the domain decides.
 */
final class CustomAttributes {

    private CustomAttributes() {}

    static List<AttributeInput> read(String key, JsonValue value) {
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw InputBinder.typeError(key, value, "array");
        }
        List<AttributeInput> inputs = new ArrayList<>();
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
            String name = attribute.getString("attribute_code");
            if (!attribute.containsKey("value")) {
                throw InputException.of("The \"" + name + "\" attribute code "
                        + "doesn't have a value set. Enter the value and try again.");
            }
            inputs.add(input(key, name, attribute.get("value")));
        }
        return inputs;
    }

    private static AttributeInput input(String key, String code, JsonValue value) {
        return switch (value.getValueType()) {
            case NULL -> AttributeInput.of(code, null);
            case ARRAY, OBJECT -> AttributeInput.notScalar(code);
            default -> {
                String text = InputBinder.toText(key, value, Field.of(code, Field.Kind.STRING));
                yield AttributeInput.of(code, text);
            }
        };
    }
}
