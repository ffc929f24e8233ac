package com.customeraccounts.persistence.attribute;

import com.customeraccounts.attribute.AttributeEntity;
import com.customeraccounts.attribute.AttributeMetadata;
import com.customeraccounts.attribute.AttributeOption;
import com.customeraccounts.attribute.DeclaredAttributes;
import com.customeraccounts.attribute.ValidationRule;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An attributes file: {@code {"customer": [...], "customer_address": [...]}}, each entry with the keys of Magento's
 * {@code AttributeMetadataInterface} a shop sets: {@code attribute_code}, {@code frontend_input}, {@code
 * frontend_label}, {@code required}, {@code validation_rules} ({@code [{"name", "value"}]}), {@code options}
 * ({@code [{"label", "value"}]}, for a select or a multiselect), {@code sort_order}, and {@code forms}, the form codes
 * it is in. Anything amiss stops the start with a message naming the entity, the entry and the key: an attribute
 * silently left out would lose its values.
 */
final class AttributesFile {

    /** Magento's attribute code rule ({@code Eav\Model\Validator\Attribute\Code}). */
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{0,59}");

    private static final Set<String> KEYS = Set.of(
            "attribute_code",
            "frontend_input",
            "frontend_label",
            "required",
            "validation_rules",
            "options",
            "sort_order",
            "forms");

    private AttributesFile() {}

    static DeclaredAttributes read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                JsonReader json = Json.createReader(reader)) {
            return parse(json.readObject());
        } catch (IOException | JsonException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalStateException("Cannot read attributes.file " + file + ": " + e.getMessage(), e);
        }
    }

    static DeclaredAttributes parse(JsonObject file) {
        for (String key : file.keySet()) {
            if (!key.equals("customer") && !key.equals("customer_address")) {
                throw new IllegalArgumentException("\"" + key + "\" is neither \"customer\" nor \"customer_address\"");
            }
        }
        return DeclaredAttributes.of(entries(file, AttributeEntity.CUSTOMER), entries(file, AttributeEntity.ADDRESS));
    }

    private static List<AttributeMetadata> entries(JsonObject file, AttributeEntity entity) {
        JsonValue value = file.get(entity.code());
        if (value == null) {
            return List.of();
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new IllegalArgumentException("\"" + entity.code() + "\" is not an array");
        }
        List<AttributeMetadata> attributes = new ArrayList<>();
        JsonArray entries = value.asJsonArray();
        for (int i = 0; i < entries.size(); i++) {
            String where = entity.code() + " entry " + i;
            if (entries.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                throw new IllegalArgumentException(where + " is not an object");
            }
            attributes.add(attribute(entries.getJsonObject(i), entity, where));
        }
        return attributes;
    }

    private static AttributeMetadata attribute(JsonObject entry, AttributeEntity entity, String where) {
        for (String key : entry.keySet()) {
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException(where + " has \"" + key + "\", which is not one of " + KEYS);
            }
        }
        String code = text(entry, "attribute_code", where);
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(where + " needs an \"attribute_code\" of a lower-case letter, then up "
                    + "to 59 lower-case letters, digits or '_'");
        }
        String at = where + " (" + code + ")";
        String input = text(entry, "frontend_input", at);
        String backendType = DeclaredAttributes.INPUTS.get(input);
        if (backendType == null) {
            throw new IllegalArgumentException(
                    at + " needs a \"frontend_input\" of " + DeclaredAttributes.INPUTS.keySet());
        }
        boolean choice = input.equals("select") || input.equals("multiselect");
        return AttributeMetadata.declared(
                code,
                input,
                text(entry, "frontend_label", at),
                flag(entry, "required", at),
                rules(entry, at),
                options(entry, input, choice, at),
                number(entry, "sort_order", at),
                forms(entry, entity, at));
    }

    private static List<ValidationRule> rules(JsonObject entry, String at) {
        JsonValue value = entry.get("validation_rules");
        if (value == null) {
            return List.of();
        }
        String problem = at + " needs \"validation_rules\" as an array of {\"name\", \"value\"} with the names "
                + DeclaredAttributes.RULES;
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new IllegalArgumentException(problem);
        }
        List<ValidationRule> rules = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (JsonValue rule : value.asJsonArray()) {
            if (rule.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new IllegalArgumentException(problem);
            }
            JsonObject object = rule.asJsonObject();
            String name = object.get("name") instanceof JsonString s ? s.getString() : "";
            if (!DeclaredAttributes.RULES.contains(name) || !names.add(name)) {
                throw new IllegalArgumentException(problem + ", each once");
            }
            rules.add(new ValidationRule(name, ruleValue(name, object.get("value"), at)));
        }
        return rules;
    }

    private static String ruleValue(String name, JsonValue value, String at) {
        String text = value instanceof JsonString s
                ? s.getString()
                : value instanceof JsonNumber n && n.isIntegral()
                        ? n.bigIntegerValue().toString()
                        : null;
        if (text == null) {
            throw new IllegalArgumentException(at + " needs a value for the rule " + name);
        }
        switch (name) {
            case "min_text_length":
            case "max_text_length":
                if (!text.matches("\\d{1,9}")) {
                    throw new IllegalArgumentException(at + " needs a whole number of characters for " + name);
                }
                return text;
            case "input_validation":
                if (!DeclaredAttributes.INPUT_VALIDATIONS.contains(text)) {
                    throw new IllegalArgumentException(
                            at + " needs an input_validation of " + DeclaredAttributes.INPUT_VALIDATIONS);
                }
                return text;
            default:
                try {
                    LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException(at + " needs a date (yyyy-mm-dd) for " + name);
                }
                return text;
        }
    }

    private static List<AttributeOption> options(JsonObject entry, String input, boolean choice, String at) {
        JsonValue value = entry.get("options");
        if (!choice) {
            if (value != null) {
                throw new IllegalArgumentException(at + " has \"options\", which only a select or multiselect has");
            }
            return input.equals("boolean")
                    ? List.of(new AttributeOption("Yes", "1"), new AttributeOption("No", "0"))
                    : List.of();
        }
        String problem = at + " needs \"options\": a non-empty array of {\"label\", \"value\"}, each value once";
        if (value == null
                || value.getValueType() != JsonValue.ValueType.ARRAY
                || value.asJsonArray().isEmpty()) {
            throw new IllegalArgumentException(problem);
        }
        List<AttributeOption> options = new ArrayList<>(List.of(AttributeOption.BLANK));
        Set<String> values = new HashSet<>();
        for (JsonValue option : value.asJsonArray()) {
            if (option.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new IllegalArgumentException(problem);
            }
            JsonObject object = option.asJsonObject();
            if (!(object.get("label") instanceof JsonString label)
                    || label.getString().isBlank()
                    || !(object.get("value") instanceof JsonString optionValue)
                    || optionValue.getString().isBlank()
                    || optionValue.getString().contains(",")
                    || !values.add(optionValue.getString())) {
                throw new IllegalArgumentException(problem + " (a value without ',')");
            }
            options.add(new AttributeOption(label.getString(), optionValue.getString()));
        }
        return options;
    }

    private static Set<String> forms(JsonObject entry, AttributeEntity entity, String at) {
        JsonValue value = entry.get("forms");
        if (value == null) {
            return Set.of();
        }
        String problem = at + " needs \"forms\" as an array of " + entity.forms();
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new IllegalArgumentException(problem);
        }
        Set<String> forms = new LinkedHashSet<>();
        for (JsonValue form : value.asJsonArray()) {
            if (!(form instanceof JsonString code) || !entity.forms().contains(code.getString())) {
                throw new IllegalArgumentException(problem);
            }
            forms.add(code.getString());
        }
        return forms;
    }

    private static String text(JsonObject entry, String key, String at) {
        JsonValue value = entry.get(key);
        if (!(value instanceof JsonString string) || string.getString().isBlank()) {
            throw new IllegalArgumentException(at + " needs a non-empty string \"" + key + "\"");
        }
        return string.getString();
    }

    private static boolean flag(JsonObject entry, String key, String at) {
        JsonValue value = entry.get(key);
        if (value == null) {
            return false;
        }
        if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
            throw new IllegalArgumentException(at + " needs \"" + key + "\" as true or false");
        }
        return value == JsonValue.TRUE;
    }

    private static int number(JsonObject entry, String key, String at) {
        JsonValue value = entry.get(key);
        if (value == null) {
            return 0;
        }
        if (!(value instanceof JsonNumber n)
                || !n.isIntegral()
                || n.bigIntegerValue().bitLength() > 31) {
            throw new IllegalArgumentException(at + " needs \"" + key + "\" as a whole number");
        }
        return n.intValue();
    }
}
