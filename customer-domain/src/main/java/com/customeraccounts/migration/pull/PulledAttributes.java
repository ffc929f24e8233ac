package com.customeraccounts.migration.pull;

import com.customeraccounts.attribute.AttributeEntity;
import com.customeraccounts.attribute.AttributeMetadata;
import com.customeraccounts.attribute.AttributeOption;
import com.customeraccounts.attribute.DeclaredAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Magento's values of the shop's attributes, as this service stores those it declares: matched by attribute
 * code, a select's or multiselect's options by their admin labels (in any letter case), a date as its day. What
 * cannot be copied is said, never dropped silently: a Magento attribute not declared here (once per run), an
 * option not declared here (once per customer or address).
 */
final class PulledAttributes {

    static final PulledAttributes NONE = new PulledAttributes(DeclaredAttributes.NONE, List.of());

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");

    private final DeclaredAttributes declared;
    private final Map<AttributeEntity, Map<String, MagentoAttribute>> magento = new HashMap<>();

    PulledAttributes(DeclaredAttributes declared, List<MagentoAttribute> magento) {
        this.declared = declared;
        for (AttributeEntity entity : AttributeEntity.values()) {
            this.magento.put(entity, new HashMap<>());
        }
        magento.forEach(a -> this.magento.get(a.entity()).put(a.code(), a));
    }

    /** A note for each of Magento's attributes that this service does not declare. */
    List<Rejection> undeclared() {
        List<Rejection> notes = new ArrayList<>();
        for (AttributeEntity entity : AttributeEntity.values()) {
            magento.get(entity).values().stream()
                    .filter(a -> declaredAttribute(entity, a.code()).isEmpty())
                    .sorted(java.util.Comparator.comparing(MagentoAttribute::code))
                    .forEach(a -> notes.add(new Rejection(
                            "eav_attribute",
                            a.id(),
                            "The " + entity.code() + " attribute \"" + a.code() + "\" is not declared in "
                                    + "attributes.file: " + values(a.valueCount()) + " not copied.")));
        }
        return notes;
    }

    private static String values(long count) {
        return count == 1 ? "its one value was" : "its " + count + " values were";
    }

    /**
     * The values to store for one customer or address.
     *
     * @param notes gets a note for each value that could not be copied
     */
    Map<String, String> values(AttributeEntity entity, Map<String, String> raw, long id, List<Rejection> notes) {
        Map<String, String> values = new HashMap<>();
        raw.forEach((code, value) -> {
            Optional<AttributeMetadata> attribute = declaredAttribute(entity, code);
            if (attribute.isEmpty() || value == null || value.isEmpty()) {
                return;
            }
            MagentoAttribute source = magento.get(entity).get(code);
            List<String> unmatched = new ArrayList<>();
            String copied = copy(attribute.get(), source, value, unmatched);
            for (String label : unmatched) {
                notes.add(new Rejection(
                        entity == AttributeEntity.CUSTOMER ? "customer_entity" : "customer_address_entity",
                        id,
                        "The option \"" + label + "\" of \"" + code + "\" is not declared in attributes.file: it "
                                + "was not copied."));
            }
            if (copied != null && !copied.isEmpty()) {
                values.put(code, copied);
            }
        });
        return values;
    }

    private static String copy(
            AttributeMetadata attribute, MagentoAttribute source, String value, List<String> unmatched) {
        switch (attribute.frontendInput()) {
            case "select" -> {
                return option(attribute, source, value, unmatched);
            }
            case "multiselect" -> {
                List<String> kept = new ArrayList<>();
                for (String id : value.split(",")) {
                    String option = option(attribute, source, id.strip(), unmatched);
                    if (option != null) {
                        kept.add(option);
                    }
                }
                return String.join(",", kept);
            }
            case "date" -> {
                return DATE.matcher(value).matches() ? value.substring(0, 10) + " 00:00:00" : null;
            }
            default -> {
                return value;
            }
        }
    }

    /** The declared option whose label is the label of Magento's option {@code id}. */
    private static String option(
            AttributeMetadata attribute, MagentoAttribute source, String id, List<String> unmatched) {
        String label = source == null ? id : source.optionLabels().getOrDefault(id, id);
        for (AttributeOption option : attribute.options()) {
            if (!option.value().isEmpty()
                    && option.label()
                            .strip()
                            .toLowerCase(Locale.ROOT)
                            .equals(label.strip().toLowerCase(Locale.ROOT))) {
                return option.value();
            }
        }
        unmatched.add(label);
        return null;
    }

    private Optional<AttributeMetadata> declaredAttribute(AttributeEntity entity, String code) {
        return declared.of(entity).stream()
                .filter(a -> a.attributeCode().equals(code))
                .findFirst();
    }
}
