package com.customeraccounts.web.docs;

import static com.customeraccounts.web.wire.Jsons.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.Set;

/**
 * An OpenAPI 3 schema object as a Swagger 2.0 one: references point into {@code #/definitions/}, and what
 * Swagger 2.0 has no word for ({@code nullable}, {@code writeOnly}, a schema's {@code deprecated}, OpenAPI 3's
 * discriminator object) is left out, as Magento's generator never writes it.
 */
final class SwaggerSchema {

    static final String OPENAPI_REF = "#/components/schemas/";
    static final String SWAGGER_REF = "#/definitions/";
    private static final String REF = "$ref";
    private static final Set<String> SCHEMA_KEYS = Set.of(
            "format",
            "title",
            "description",
            "default",
            "multipleOf",
            "maximum",
            "exclusiveMaximum",
            "minimum",
            "exclusiveMinimum",
            "maxLength",
            "minLength",
            "pattern",
            "maxItems",
            "minItems",
            "uniqueItems",
            "maxProperties",
            "minProperties",
            "required",
            "enum",
            "type",
            "readOnly",
            "xml",
            "example");
    private static final Set<String> NESTED_SCHEMA_KEYS = Set.of("items", "additionalProperties");
    private static final Set<String> SCHEMA_MAP_KEYS = Set.of("properties");
    private static final Set<String> SCHEMA_LIST_KEYS = Set.of("allOf");

    private SwaggerSchema() {}

    static JsonValue of(JsonValue schema) {
        if (schema.getValueType() != JsonValue.ValueType.OBJECT) {
            return schema;
        }
        JsonObject openApi = schema.asJsonObject();
        JsonObjectBuilder swagger = JSON.createObjectBuilder();
        for (Map.Entry<String, JsonValue> entry : openApi.entrySet()) {
            String key = entry.getKey();
            JsonValue value = entry.getValue();
            if (REF.equals(key) && value instanceof JsonString ref) {
                swagger.add(REF, swaggerRef(ref.getString()));
            } else if (SCHEMA_KEYS.contains(key)) {
                swagger.add(key, value);
            } else if (NESTED_SCHEMA_KEYS.contains(key)) {
                swagger.add(key, of(value));
            } else if (SCHEMA_MAP_KEYS.contains(key) && value.getValueType() == JsonValue.ValueType.OBJECT) {
                JsonObjectBuilder properties = JSON.createObjectBuilder();
                value.asJsonObject().forEach((name, property) -> properties.add(name, of(property)));
                swagger.add(key, properties);
            } else if (SCHEMA_LIST_KEYS.contains(key) && value.getValueType() == JsonValue.ValueType.ARRAY) {
                JsonArrayBuilder schemas = JSON.createArrayBuilder();
                value.asJsonArray().forEach(item -> schemas.add(of(item)));
                swagger.add(key, schemas);
            }
        }
        return swagger.build();
    }

    /** The name of the definition a schema refers to, or {@code null} when it refers to none. */
    static String referenced(JsonValue schema) {
        if (schema != null
                && schema.getValueType() == JsonValue.ValueType.OBJECT
                && schema.asJsonObject().get(REF) instanceof JsonString ref) {
            String target = ref.getString();
            if (target.startsWith(OPENAPI_REF)) {
                return target.substring(OPENAPI_REF.length());
            }
            if (target.startsWith(SWAGGER_REF)) {
                return target.substring(SWAGGER_REF.length());
            }
        }
        return null;
    }

    /** Adds to {@code names} every definition {@code value} refers to, at any depth. */
    static void collectReferences(JsonValue value, java.util.Collection<String> names) {
        switch (value.getValueType()) {
            case OBJECT -> {
                String name = referenced(value);
                if (name != null) {
                    names.add(name);
                }
                value.asJsonObject().values().forEach(nested -> collectReferences(nested, names));
            }
            case ARRAY -> ((JsonArray) value).forEach(nested -> collectReferences(nested, names));
            default -> {}
        }
    }

    private static String swaggerRef(String ref) {
        return ref.startsWith(OPENAPI_REF) ? SWAGGER_REF + ref.substring(OPENAPI_REF.length()) : ref;
    }
}
