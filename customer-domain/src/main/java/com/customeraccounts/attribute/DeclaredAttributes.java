package com.customeraccounts.attribute;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shop's own attributes, declared by the operator in {@code attributes.file}: for each entity, in the shape
 * Magento describes them, user-defined and not system. Made only through {@link #of}, which checks them.
 */
public final class DeclaredAttributes {

    public static final DeclaredAttributes NONE = new DeclaredAttributes(List.of(), List.of());

    /** The inputs a shop's attribute may have, with the backend type Magento stores each in. */
    public static final Map<String, String> INPUTS = Map.of(
            "text", "varchar",
            "textarea", "text",
            "select", "int",
            "multiselect", "varchar",
            "boolean", "int",
            "date", "datetime");

    public static final Set<String> RULES =
            Set.of("min_text_length", "max_text_length", "input_validation", "date_range_min", "date_range_max");

    public static final Set<String> INPUT_VALIDATIONS =
            Set.of("alphanumeric", "alphanum-with-spaces", "numeric", "alpha", "email", "url", "date", "length");

    /**
     * Codes the API gives a meaning of its own (the fields of Magento's customer and address data interfaces),
     * which no attribute may take.
     */
    private static final Map<AttributeEntity, Set<String>> RESERVED = Map.of(
            AttributeEntity.CUSTOMER,
            Set.of("id", "addresses", "extension_attributes", "custom_attributes"),
            AttributeEntity.ADDRESS,
            Set.of(
                    "id",
                    "customer_id",
                    "region",
                    "default_billing",
                    "default_shipping",
                    "extension_attributes",
                    "custom_attributes"));

    private final List<AttributeMetadata> customer;
    private final List<AttributeMetadata> address;

    private DeclaredAttributes(List<AttributeMetadata> customer, List<AttributeMetadata> address) {
        this.customer = List.copyOf(customer);
        this.address = List.copyOf(address);
    }

    /**
     * @throws IllegalArgumentException when an attribute takes a system attribute's or a reserved code, or two
     *     take one code
     */
    public static DeclaredAttributes of(List<AttributeMetadata> customer, List<AttributeMetadata> address) {
        check(AttributeEntity.CUSTOMER, customer);
        check(AttributeEntity.ADDRESS, address);
        return new DeclaredAttributes(customer, address);
    }

    private static void check(AttributeEntity entity, List<AttributeMetadata> attributes) {
        Set<String> seen = new java.util.HashSet<>();
        for (AttributeMetadata attribute : attributes) {
            String code = attribute.attributeCode();
            if (SystemAttributes.isSystem(entity, code) || RESERVED.get(entity).contains(code)) {
                throw new IllegalArgumentException(
                        "\"" + code + "\" is a " + entity.code() + " attribute of Magento's own; declare another code");
            }
            if (!seen.add(code)) {
                throw new IllegalArgumentException("\"" + code + "\" is declared twice for " + entity.code());
            }
        }
    }

    public List<AttributeMetadata> of(AttributeEntity entity) {
        return entity == AttributeEntity.CUSTOMER ? customer : address;
    }
}
