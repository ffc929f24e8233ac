package com.customeraccounts.web.json;

import com.customeraccounts.error.InputException;
import com.customeraccounts.error.Parameters;
import com.customeraccounts.error.Phrase;
import com.customeraccounts.web.error.WebapiException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Binds a JSON object to a data interface the way Magento's {@code ServiceInputProcessor} does:
 * <ul>
 * <li>a key is turned into UpperCamelCase ({@code group_id} and {@code groupId} → {@code GroupId}) and must
 * name a property exactly, else {@code "%fieldName" is not supported.};</li>
 * <li>numbers accept numeric strings, strings accept any scalar, booleans never fail; anything else is a
 * type error naming the key and the expected type;</li>
 * <li>JSON null is the same as an absent key; a string holding a {@code <script>} element (or a NUL
 * character, which no column can store) is refused.</li>
 * </ul>
 * The result is a {@link BoundObject}, read back through typed getters.
 */
public final class InputBinder {

    static final String NOT_SUPPORTED = "\"%fieldName\" is not supported. Correct the field name and try again.";
    static final String NOT_VALID_VALUE = "\"%field_name\" does not contains valid value.";
    private static final Pattern NUMERIC = Pattern.compile("\\s*[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?\\s*");

    private InputBinder() {}

    /**
     * Binds a value where Magento expects an object; anything else reads as an empty object, as in Magento.
     *
     * @throws InputException also when a list of objects has more items than the input limits allow
     */
    public static BoundObject bind(JsonValue json, Map<String, Field> schema, InputLimits limits) {
        BoundObject bound = new BoundObject(schema);
        for (Map.Entry<String, JsonValue> entry : asObject(json).entrySet()) {
            String property = upperCamel(entry.getKey());
            Field field = schema.get(property);
            if (field == null) {
                throw InputException.of(Phrase.of(NOT_SUPPORTED, Parameters.named("fieldName", property)));
            }
            JsonValue value = entry.getValue();
            if (value.getValueType() != JsonValue.ValueType.NULL) {
                convert(entry.getKey(), value, field, limits, bound);
            }
        }
        return bound;
    }

    /** Magento's {@code snakeCaseToUpperCamelCase}: {@code ucwords($key, '_')} without the underscores. */
    static String upperCamel(String key) {
        StringBuilder out = new StringBuilder(key.length());
        boolean upper = true;
        for (char c : key.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    private static void convert(String key, JsonValue value, Field field, InputLimits limits, BoundObject bound) {
        switch (field.kind()) {
            case INT -> bound.put(field, toInt(key, value));
            case STRING -> bound.put(field, toText(key, value, field));
            case BOOL -> bound.put(field, toBool(value));
            case STRING_LIST -> bound.putStrings(field, toStringList(key, value, field));
            case OBJECT -> bound.put(field, bind(value, field.properties(), limits));
            case OBJECT_LIST -> bound.putObjects(field, toObjectList(key, value, field, limits));
            case CUSTOM_ATTRIBUTES -> bound.putAttributes(field, CustomAttributes.read(key, value));
        }
    }

    static Long toInt(String key, JsonValue value) {
        String text = value instanceof JsonString s
                ? s.getString()
                : value.getValueType() == JsonValue.ValueType.NUMBER ? value.toString() : null;
        if (text == null || !NUMERIC.matcher(text).matches()) {
            throw typeError(key, value, "int");
        }
        return SaturatedLong.of(text.trim());
    }

    static String toText(String key, JsonValue value, Field field) {
        String text = switch (value.getValueType()) {
            case STRING -> text(value);
            case NUMBER -> value.toString();
            case TRUE -> "1";
            case FALSE -> "";
            default -> throw typeError(key, value, field.typeName());
        };
        checkContent(key, text);
        return text;
    }

    /** PHP's {@code FILTER_VALIDATE_BOOLEAN}: "1", "true", "on", "yes" are true, anything else false. */
    static Boolean toBool(JsonValue value) {
        return switch (value.getValueType()) {
            case TRUE -> true;
            case NUMBER -> value instanceof JsonNumber n && n.doubleValue() == 1.0;
            case STRING ->
                List.of("1", "true", "on", "yes").contains(text(value).trim().toLowerCase(Locale.ROOT));
            default -> false;
        };
    }

    private static List<String> toStringList(String key, JsonValue value, Field field) {
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            return List.of(toText(key, value, Field.of(field.name(), Field.Kind.STRING)));
        }
        List<String> list = new ArrayList<>();
        for (JsonValue item : value.asJsonArray()) {
            if (item.getValueType() != JsonValue.ValueType.NULL) {
                list.add(toText(key, item, Field.of(field.name(), Field.Kind.STRING)));
            }
        }
        return list;
    }

    private static List<BoundObject> toObjectList(String key, JsonValue value, Field field, InputLimits limits) {
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw typeError(key, value, "array");
        }
        limits.checkItems(field.itemType(), value.asJsonArray().size());
        List<BoundObject> list = new ArrayList<>();
        for (JsonValue item : value.asJsonArray()) {
            list.add(bind(item, field.properties(), limits));
        }
        return list;
    }

    /** Magento reads a non-object where an object is expected as an empty one. */
    private static JsonObject asObject(JsonValue value) {
        return value instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
    }

    /** A JSON string's text; only called for one. */
    private static String text(JsonValue string) {
        return string instanceof JsonString s ? s.getString() : string.toString();
    }

    static void checkContent(String key, String text) {
        if (text.indexOf('\0') >= 0 || ScriptElement.in(text)) {
            throw InputException.of(Phrase.of(NOT_VALID_VALUE, Parameters.named("field_name", key)));
        }
    }

    static WebapiException typeError(String key, JsonValue value, String type) {
        String shown = switch (value.getValueType()) {
            case ARRAY, OBJECT -> "array";
            case STRING -> text(value);
            case TRUE -> "1";
            case FALSE, NULL -> "";
            case NUMBER -> value.toString();
        };
        return WebapiException.badRequest("Error occurred during \"" + key + "\" processing. The \"" + shown
                + "\" value's type is invalid. The \"" + type + "\" type was expected. Verify and try again.");
    }
}
