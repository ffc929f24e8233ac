package com.customeraccounts.migration;

import com.customeraccounts.attribute.AttributeEntity;
import com.customeraccounts.attribute.AttributeMetadata;
import com.customeraccounts.attribute.AttributeOption;
import com.customeraccounts.attribute.DeclaredAttributes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The shop's declared attributes in an import file, as Magento's importer reads a shop's attributes: a column
 * per attribute code; a select's or multiselect's options by their labels in any letter case (a multiselect's
 * joined by commas), a boolean as {@code Yes} or {@code No} (or {@code 1}, {@code 0}), a date as the importer
 * reads dates; an empty cell clears the value, a column the file lacks keeps it. Unlike Magento 2.4, which stores
 * {@code 0} for a customer's unknown select label, an unknown label is the row's error.
 */
final class ImportedAttributes {

    static final ImportedAttributes NONE = new ImportedAttributes(DeclaredAttributes.NONE);

    private static final int MAX_TEXT = 255;
    private static final int MAX_TEXTAREA = 65_535;

    private final DeclaredAttributes declared;

    ImportedAttributes(DeclaredAttributes declared) {
        this.declared = declared;
    }

    /** What a row sets and clears. */
    record Change(Map<String, String> set, Set<String> cleared) {

        boolean isEmpty() {
            return set.isEmpty() && cleared.isEmpty();
        }
    }

    /** The column names of an entity's declared attributes. */
    Set<String> columns(AttributeEntity entity) {
        Set<String> codes = new HashSet<>();
        declared.of(entity).forEach(a -> codes.add(a.attributeCode()));
        return codes;
    }

    /** Magento's checks of the row's attribute columns; {@code adding} when the row makes a new customer or address. */
    void check(ImportRow row, AttributeEntity entity, boolean adding, ImportErrors errors) {
        for (AttributeMetadata attribute : declared.of(entity)) {
            String code = attribute.attributeCode();
            if (attribute.required() && ((adding && !row.has(code)) || (row.has(code) && row.isBlank(code)))) {
                errors.add(row.number(), ImportMessage.VALUE_IS_REQUIRED, code);
                continue;
            }
            String value = row.value(code);
            if (value == null) {
                continue;
            }
            if (stored(attribute, value).isEmpty()) {
                errors.add(row.number(), problem(attribute), code);
            }
        }
    }

    /** The values a checked row sets, and those it clears. */
    Change change(ImportRow row, AttributeEntity entity) {
        Map<String, String> set = new HashMap<>();
        Set<String> cleared = new HashSet<>();
        for (AttributeMetadata attribute : declared.of(entity)) {
            String code = attribute.attributeCode();
            if (!row.has(code)) {
                continue;
            }
            String value = row.value(code);
            Optional<String> stored = value == null ? Optional.empty() : stored(attribute, value);
            if (stored.isPresent()) {
                set.put(code, stored.get());
            } else {
                cleared.add(code);
            }
        }
        return new Change(set, cleared);
    }

    private static ImportMessage problem(AttributeMetadata attribute) {
        return switch (attribute.frontendInput()) {
            case "select", "multiselect", "boolean" -> ImportMessage.INVALID_ATTRIBUTE_OPTION;
            case "date" -> ImportMessage.INVALID_ATTRIBUTE_TYPE;
            default -> ImportMessage.EXCEEDED_MAX_LENGTH;
        };
    }

    /** The value as stored, or none when it does not fit the attribute. */
    private static Optional<String> stored(AttributeMetadata attribute, String value) {
        switch (attribute.frontendInput()) {
            case "select" -> {
                return option(attribute, value);
            }
            case "multiselect" -> {
                StringBuilder ids = new StringBuilder();
                for (String label : value.split(",", -1)) {
                    Optional<String> option = option(attribute, label);
                    if (option.isEmpty()) {
                        return Optional.empty();
                    }
                    ids.append(ids.length() == 0 ? "" : ",").append(option.get());
                }
                return Optional.of(ids.toString());
            }
            case "boolean" -> {
                String flag = value.strip().toLowerCase(Locale.ROOT);
                if (List.of("yes", "1").contains(flag)) {
                    return Optional.of("1");
                }
                return List.of("no", "0").contains(flag) ? Optional.of("0") : Optional.empty();
            }
            case "date" -> {
                return ImportValues.dateTime(value).map(t -> t.toLocalDate() + " 00:00:00");
            }
            default -> {
                int max = attribute.frontendInput().equals("textarea") ? MAX_TEXTAREA : MAX_TEXT;
                return value.codePointCount(0, value.length()) > max ? Optional.empty() : Optional.of(value);
            }
        }
    }

    private static Optional<String> option(AttributeMetadata attribute, String label) {
        String wanted = label.toLowerCase(Locale.ROOT);
        return attribute.options().stream()
                .filter(o -> !o.value().isEmpty()
                        && o.label().toLowerCase(Locale.ROOT).equals(wanted))
                .map(AttributeOption::value)
                .findFirst();
    }
}
