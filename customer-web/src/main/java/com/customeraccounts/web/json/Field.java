package com.customeraccounts.web.json;

import java.util.LinkedHashMap;
import java.util.Map;

/** A property of a Magento data interface and the type its setter takes. */
public record Field(String name, Kind kind, Map<String, Field> properties) {

    public enum Kind { INT, STRING, BOOL, STRING_LIST, OBJECT, OBJECT_LIST, CUSTOM_ATTRIBUTES }

    public static Field of(String name, Kind kind) {
        return new Field(name, kind, Map.of());
    }

    public static Field object(String name, Field... properties) {
        return new Field(name, Kind.OBJECT, schema(properties));
    }

    public static Field objectList(String name, Field... properties) {
        return new Field(name, Kind.OBJECT_LIST, schema(properties));
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
