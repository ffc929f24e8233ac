package com.customeraccounts.web.docs;

import static com.customeraccounts.web.wire.Jsons.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The document Magento serves at its schema URL, made from this deployment's OpenAPI 3 document: Swagger 2.0
 * in the shape of Magento's {@code Webapi\Model\Rest\Swagger\Generator}. The host, scheme and base path
 * ({@code /rest/<store>}) are where the caller asked; paths are {@code /V1/...} below the base path; each
 * operation is tagged with its service, takes its body as one {@code <operationId>Body} parameter with the
 * body's schema inline, and answers {@code default} with Magento's error response; {@code definitions} holds
 * only the schemas the kept operations refer to.
 */
final class MagentoSwagger {

    /** Where the caller asked for the document: what a client built from it calls. */
    record Origin(String scheme, String host, String basePath) {}

    private static final String SWAGGER_VERSION = "2.0";
    /** The Magento release whose REST API this service speaks, major and minor, as Magento writes it. */
    private static final String MAGENTO_VERSION = "2.4";

    private static final String REST_PREFIX = "/rest";
    private static final String ERROR_RESPONSE = "error-response";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final Set<String> PARAMETER_SCHEMA_KEYS =
            Set.of("type", "format", "items", "enum", "default", "maximum", "minimum", "maxLength", "minLength");
    private static final String JSON_TYPE = "application/json";

    private MagentoSwagger() {}

    static JsonObject of(JsonObject openApi, Origin origin, ServiceSelection services) {
        JsonObject schemas = components(openApi, "schemas");
        Set<String> tags = new LinkedHashSet<>();
        JsonObjectBuilder paths = JSON.createObjectBuilder();
        JsonObject openApiPaths = openApi.getJsonObject("paths");
        for (Map.Entry<String, JsonValue> path :
                openApiPaths == null ? Map.<String, JsonValue>of().entrySet() : openApiPaths.entrySet()) {
            if (!path.getKey().startsWith(REST_PREFIX + "/")) {
                continue;
            }
            JsonObjectBuilder operations = JSON.createObjectBuilder();
            boolean any = false;
            for (Map.Entry<String, JsonValue> method :
                    path.getValue().asJsonObject().entrySet()) {
                if (!METHODS.contains(method.getKey())
                        || method.getValue().getValueType() != JsonValue.ValueType.OBJECT) {
                    continue;
                }
                JsonObject operation = method.getValue().asJsonObject();
                String operationId = operation.getString("operationId", "");
                if (!services.includes(operationId)) {
                    continue;
                }
                String service = ServiceSelection.serviceOf(operationId);
                tags.add(service);
                operations.add(method.getKey(), operation(operation, operationId, service, schemas));
                any = true;
            }
            if (any) {
                paths.add(path.getKey().substring(REST_PREFIX.length()), operations);
            }
        }
        JsonObject swaggerPaths = paths.build();
        JsonObjectBuilder info = JSON.createObjectBuilder()
                .add("version", MAGENTO_VERSION)
                .add("title", openApi.getJsonObject("info").getString("title", ""));
        JsonArrayBuilder tagList = JSON.createArrayBuilder();
        tags.forEach(tag -> tagList.add(JSON.createObjectBuilder().add("name", tag)));
        return JSON.createObjectBuilder()
                .add("swagger", SWAGGER_VERSION)
                .add("info", info)
                .add("host", origin.host())
                .add("basePath", origin.basePath())
                .add("schemes", JSON.createArrayBuilder().add(origin.scheme()))
                .add("tags", tagList)
                .add("paths", swaggerPaths)
                .add("definitions", definitions(swaggerPaths, schemas))
                .add("securityDefinitions", securityDefinitions(components(openApi, "securitySchemes")))
                .build();
    }

    private static JsonObject operation(JsonObject operation, String operationId, String service, JsonObject schemas) {
        JsonObjectBuilder swagger = JSON.createObjectBuilder()
                .add("tags", JSON.createArrayBuilder().add(service))
                .add("description", operation.getString("description", operation.getString("summary", "")))
                .add("operationId", operationId);
        JsonArrayBuilder parameters = JSON.createArrayBuilder();
        boolean anyParameter = false;
        JsonArray openApiParameters = operation.getJsonArray("parameters");
        if (openApiParameters != null) {
            for (JsonValue parameter : openApiParameters) {
                parameters.add(parameter(parameter.asJsonObject()));
                anyParameter = true;
            }
        }
        JsonValue body = jsonSchema(operation.getJsonObject("requestBody"));
        if (body != null) {
            parameters.add(JSON.createObjectBuilder()
                    .add("name", operationId + "Body")
                    .add("in", "body")
                    .add("schema", SwaggerSchema.of(inlined(body, schemas))));
            anyParameter = true;
        }
        if (anyParameter) {
            swagger.add("parameters", parameters);
        }
        swagger.add("responses", responses(operation.getJsonObject("responses")));
        JsonArray security = operation.getJsonArray("security");
        if (security != null && !security.isEmpty()) {
            swagger.add("security", security);
        }
        if (operation.getBoolean("deprecated", false)) {
            swagger.add("deprecated", true);
        }
        return swagger.build();
    }

    /** A path or query parameter: Swagger 2.0 states its type on the parameter itself. */
    private static JsonObject parameter(JsonObject openApi) {
        JsonObjectBuilder swagger = JSON.createObjectBuilder()
                .add("name", openApi.getString("name"))
                .add("in", openApi.getString("in"));
        if (openApi.containsKey("description")) {
            swagger.add("description", openApi.get("description"));
        }
        if (openApi.getBoolean("required", false)) {
            swagger.add("required", true);
        }
        JsonObject schema = openApi.getJsonObject("schema");
        if (schema == null || !schema.containsKey("type")) {
            swagger.add("type", "string");
        } else {
            SwaggerSchema.of(schema).asJsonObject().forEach((key, value) -> {
                if (PARAMETER_SCHEMA_KEYS.contains(key)) {
                    swagger.add(key, value);
                }
            });
        }
        return swagger.build();
    }

    private static JsonObject responses(JsonObject openApi) {
        JsonObjectBuilder swagger = JSON.createObjectBuilder();
        if (openApi != null) {
            openApi.forEach((status, value) -> {
                JsonObject response = value.asJsonObject();
                JsonObjectBuilder answer =
                        JSON.createObjectBuilder().add("description", response.getString("description", ""));
                JsonValue schema = jsonSchema(response);
                if (schema != null) {
                    answer.add("schema", SwaggerSchema.of(schema));
                }
                swagger.add(status, answer);
            });
        }
        return swagger.add(
                        "default",
                        JSON.createObjectBuilder()
                                .add("description", "Unexpected error")
                                .add(
                                        "schema",
                                        JSON.createObjectBuilder()
                                                .add("$ref", SwaggerSchema.SWAGGER_REF + ERROR_RESPONSE)))
                .build();
    }

    /** The JSON schema of a request body or response, whichever JSON media type it names. */
    private static JsonValue jsonSchema(JsonObject bodyOrResponse) {
        if (bodyOrResponse == null || bodyOrResponse.getJsonObject("content") == null) {
            return null;
        }
        for (Map.Entry<String, JsonValue> media :
                bodyOrResponse.getJsonObject("content").entrySet()) {
            if (media.getKey().startsWith(JSON_TYPE) && media.getValue().getValueType() == JsonValue.ValueType.OBJECT) {
                return media.getValue().asJsonObject().get("schema");
            }
        }
        return null;
    }

    /** Magento writes a body's schema in the operation; this document names it among the schemas. */
    private static JsonValue inlined(JsonValue schema, JsonObject schemas) {
        String name = SwaggerSchema.referenced(schema);
        return name != null && name.endsWith("Body") && schemas.containsKey(name) ? schemas.get(name) : schema;
    }

    /** Magento's error response first, then each schema the paths refer to, directly or through another. */
    private static JsonObject definitions(JsonObject paths, JsonObject schemas) {
        Set<String> wanted = new LinkedHashSet<>(List.of(ERROR_RESPONSE));
        SwaggerSchema.collectReferences(paths, wanted);
        Deque<String> toVisit = new ArrayDeque<>(wanted);
        while (!toVisit.isEmpty()) {
            JsonValue schema = schemas.get(toVisit.pop());
            if (schema == null) {
                continue;
            }
            Set<String> nested = new LinkedHashSet<>();
            SwaggerSchema.collectReferences(schema, nested);
            nested.stream().filter(wanted::add).forEach(toVisit::add);
        }
        JsonObjectBuilder definitions = JSON.createObjectBuilder();
        schemas.forEach((name, schema) -> {
            if (wanted.contains(name)) {
                definitions.add(name, SwaggerSchema.of(schema));
            }
        });
        return definitions.build();
    }

    /** A bearer token is an {@code Authorization} header to Swagger 2.0, which has no word for bearer. */
    private static JsonObject securityDefinitions(JsonObject schemes) {
        JsonObjectBuilder swagger = JSON.createObjectBuilder();
        schemes.forEach((name, value) -> {
            JsonObject scheme = value.asJsonObject();
            JsonObjectBuilder definition = JSON.createObjectBuilder()
                    .add("type", "apiKey")
                    .add("name", scheme.getString("name", "Authorization"))
                    .add("in", scheme.getString("in", "header"));
            if (scheme.containsKey("description")) {
                String description = scheme.getString("description");
                definition.add(
                        "description",
                        "http".equals(scheme.getString("type", ""))
                                ? description + " Sent as `Authorization: Bearer <token>`."
                                : description);
            }
            swagger.add(name, definition);
        });
        return swagger.build();
    }

    private static JsonObject components(JsonObject openApi, String kind) {
        JsonObject components = openApi.getJsonObject("components");
        JsonObject of = components == null ? null : components.getJsonObject(kind);
        return of == null ? JsonValue.EMPTY_JSON_OBJECT : of;
    }
}
