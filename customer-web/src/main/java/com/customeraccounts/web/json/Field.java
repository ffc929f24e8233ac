package com.customeraccounts.web.json;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A property of a Magento data interface and the type its setter takes; for a list of objects, also the
 * Magento type of its items, which the input limit's message names.
 */
public record Field(String name, Kind kind, Map<String, Field> properties, String itemType) {

    public enum Kind {
        INT,
        STRING,
        BOOL,
        STRING_LIST,
        OBJECT,
        OBJECT_LIST,
        CUSTOM_ATTRIBUTES
    }

    public static Field of(String name, Kind kind) {
        return new Field(name, kind, Map.of(), null);
    }

    public static Field object(String name, Field... properties) {
        return new Field(name, Kind.OBJECT, schema(properties), null);
    }

    /** @param itemType the item's Magento interface, e.g. {@code \Magento\Customer\Api\Data\AddressInterface} */
    public static Field objectList(String name, String itemType, Field... properties) {
        return new Field(name, Kind.OBJECT_LIST, schema(properties), itemType);
    }

    /** Properties by their UpperCamelCase name, the form Magento matches a key against. */
    public static Map<String, Field> schema(Field... properties) {
        Map<String, Field> schema = new LinkedHashMap<>();
        for (Field property : properties) {
            schema.put(InputBinder.upperCamel(property.name()), property);
        }
        return schema;
    }

    /** The type name in Magento's type-conversion message. */
    String typeName() {
        return switch (kind) {
            case INT -> "int";
            case STRING -> "string";
            case BOOL -> "bool";
            case STRING_LIST -> "string[]";
            case OBJECT, OBJECT_LIST, CUSTOM_ATTRIBUTES -> "array";
        };
    }
}
