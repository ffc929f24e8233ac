package com.customeraccounts.attribute;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One attribute as Magento's {@code AttributeMetadataInterface} describes it, its fields in that interface's
 * order, and where this service needs more: the forms it is in, its place in the entity's list, and where its
 * options come from.
 *
 * @param frontendLabel null for an attribute without one (Magento's {@code password_hash})
 * @param listOrder     its place in {@code GET /V1/attributeMetadata/<entity>} (Magento's attribute set order)
 */
public record AttributeMetadata(
        String attributeCode,
        String frontendInput,
        String inputFilter,
        List<ValidationRule> validationRules,
        int multilineCount,
        boolean visible,
        boolean required,
        String dataModel,
        OptionSource optionSource,
        List<AttributeOption> options,
        boolean userDefined,
        int sortOrder,
        String frontendLabel,
        boolean system,
        String backendType,
        GridFlags grid,
        Set<String> forms,
        int listOrder) {

    /** Magento's four customer-grid flags: used, visible, filterable, searchable. */
    public record GridFlags(boolean used, boolean visible, boolean filterable, boolean searchable) {

        public static final GridFlags NONE = new GridFlags(false, false, false, false);
    }

    /** The CSS classes of {@code AbstractFrontend::getClass} for each {@code input_validation}. */
    private static final Map<String, String> INPUT_CLASSES = Map.of(
            "alphanumeric", "validate-alphanum",
            "alphanum-with-spaces", "validate-alphanum-with-spaces",
            "numeric", "validate-digits",
            "alpha", "validate-alpha",
            "email", "validate-email",
            "url", "validate-url",
            "length", "validate-length");

    public AttributeMetadata {
        Objects.requireNonNull(attributeCode, "attributeCode");
        Objects.requireNonNull(frontendInput, "frontendInput");
        validationRules = List.copyOf(validationRules);
        options = List.copyOf(options);
        forms = Set.copyOf(forms);
    }

    /**
     * A shop's own attribute, as {@code attributes.file} declares it: visible, user-defined and not a system one,
     * stored as its input's backend type, listed after Magento's.
     */
    public static AttributeMetadata declared(
            String code,
            String input,
            String label,
            boolean required,
            List<ValidationRule> rules,
            List<AttributeOption> options,
            int sortOrder,
            Set<String> forms) {
        boolean choice = input.equals("select") || input.equals("multiselect") || input.equals("boolean");
        return new AttributeMetadata(
                code,
                input,
                "",
                rules,
                0,
                true,
                required,
                "",
                choice ? OptionSource.FIXED : OptionSource.NONE,
                options,
                true,
                sortOrder,
                label,
                false,
                DeclaredAttributes.INPUTS.get(input),
                GridFlags.NONE,
                forms,
                Integer.MAX_VALUE);
    }

    public Optional<String> rule(String name) {
        return validationRules.stream()
                .filter(r -> r.name().equals(name))
                .map(ValidationRule::value)
                .findFirst();
    }

    /**
     * Magento's {@code frontend_class}: {@code required-entry} when required, then the class of its
     * {@code input_validation} and, only with one, its length classes.
     */
    public String frontendClass() {
        Set<String> classes = new LinkedHashSet<>();
        if (required) {
            classes.add("required-entry");
        }
        String input = rule("input_validation").map(INPUT_CLASSES::get).orElse(null);
        if (input != null) {
            classes.add(input);
            rule("min_text_length").ifPresent(min -> classes.add("minimum-length-" + min));
            rule("max_text_length").ifPresent(max -> classes.add("maximum-length-" + max));
            if (rule("min_text_length").isPresent() || rule("max_text_length").isPresent()) {
                classes.add("validate-length");
            }
        }
        return String.join(" ", classes);
    }

    /** The same attribute with these options (resolved from its source). */
    public AttributeMetadata withOptions(List<AttributeOption> resolved) {
        return new AttributeMetadata(
                attributeCode,
                frontendInput,
                inputFilter,
                validationRules,
                multilineCount,
                visible,
                required,
                dataModel,
                optionSource,
                new ArrayList<>(resolved),
                userDefined,
                sortOrder,
                frontendLabel,
                system,
                backendType,
                grid,
                forms,
                listOrder);
    }
}
