package com.customeraccounts.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /openapi} describes Magento's customer routes as Magento's published document does: every path and
 * method, Magento's operation ids, and request and 200 response schemas with at least Magento's properties.
 */
class OpenApiIT extends SystemTest {

    private static final String MAGENTO_DOC = "shared/magento/openapi-2.4.5-customer.json";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private JsonObject magento;
    private JsonObject service;
    private Map<String, JsonObject> servicePaths;

    @BeforeEach
    void load() throws IOException {
        magento = read(magentoDocument());
        ApiResponse response = api.send("GET", "openapi", null, List.of("Accept", "application/json"));
        assertThat(response.status()).as("GET /openapi: %s", response).isEqualTo(200);
        service = response.object();
        Path saved = Path.of("target", "openapi-served.json");
        if (Files.isDirectory(saved.getParent())) {
            Files.writeString(saved, response.body());
        }
        servicePaths = new LinkedHashMap<>();
        service.getJsonObject("paths").forEach((path, item) -> servicePaths.put(normalized(path), item.asJsonObject()));
    }

    @Test
    void servesEveryMagentoRouteWithMagentosOperationIdAndSchemas() {
        List<String> problems = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, JsonValue> path : magento.getJsonObject("paths").entrySet()) {
            String servicePath = normalized("/rest" + path.getKey());
            JsonObject item = servicePaths.get(servicePath);
            for (Map.Entry<String, JsonValue> entry :
                    path.getValue().asJsonObject().entrySet()) {
                if (!METHODS.contains(entry.getKey())) {
                    continue;
                }
                operations++;
                String route = entry.getKey().toUpperCase() + " " + path.getKey();
                JsonObject expected = entry.getValue().asJsonObject();
                if (item == null || !item.containsKey(entry.getKey())) {
                    problems.add(route + ": missing from /openapi");
                    continue;
                }
                JsonObject actual = item.getJsonObject(entry.getKey());
                if (expected.containsKey("operationId")
                        && !expected.getString("operationId").equals(actual.getString("operationId", null))) {
                    problems.add(route + ": operationId " + actual.getString("operationId", null) + ", Magento's is "
                            + expected.getString("operationId"));
                }
                JsonValue expectedBody = requestSchema(magento, expected);
                if (expectedBody != null) {
                    JsonValue actualBody = requestSchema(service, actual);
                    if (actualBody == null) {
                        problems.add(route + ": no JSON request body schema");
                    } else {
                        compare(route + " request body", expectedBody, actualBody, new HashSet<>(), problems);
                    }
                }
                JsonValue expectedOk = responseSchema(magento, expected);
                if (expectedOk != null) {
                    JsonValue actualOk = responseSchema(service, actual);
                    if (actualOk == null) {
                        problems.add(route + ": no JSON 200 response schema");
                    } else {
                        compare(route + " 200 response", expectedOk, actualOk, new HashSet<>(), problems);
                    }
                }
            }
        }
        assertThat(problems)
                .as("differences between /openapi and Magento's document")
                .isEmpty();
        assertThat(magento.getJsonObject("paths"))
                .as("Magento's customer paths")
                .hasSize(28);
        assertThat(operations).as("operations in Magento's document").isEqualTo(33);
    }

    @Test
    void describesErrorsAndSecurityWithMagentosSchemas() {
        JsonObject schemas = service.getJsonObject("components").getJsonObject("schemas");
        for (String name :
                magento.getJsonObject("components").getJsonObject("schemas").keySet()) {
            assertThat(schemas.containsKey(name)).as("schema %s", name).isTrue();
        }
        assertThat(service.getJsonObject("components")
                        .getJsonObject("securitySchemes")
                        .keySet())
                .contains("customerToken", "adminToken", "oauth1");
        JsonObject me = servicePaths.get(normalized("/rest/V1/customers/me")).getJsonObject("get");
        assertThat(me.getJsonArray("security").toString()).contains("customerToken");
        assertThat(schemaOf(me.getJsonObject("responses").getJsonObject("401")).toString())
                .contains("error-response");
        JsonObject search =
                servicePaths.get(normalized("/rest/V1/customers/search")).getJsonObject("get");
        assertThat(search.getJsonArray("security").toString())
                .contains("adminToken")
                .contains("oauth1");
        for (JsonObject item : servicePaths.values()) {
            assertThat(item.toString())
                    .as("request bodies are Magento's, not JsonBody")
                    .doesNotContain("schemas/JsonBody");
        }
        JsonObject create = servicePaths.get(normalized("/rest/V1/customers")).getJsonObject("post");
        assertThat(create.containsKey("security")
                        && !create.getJsonArray("security").isEmpty())
                .isFalse();
        assertThat(create.getJsonObject("requestBody").getJsonObject("content").keySet())
                .as("create account body media types")
                .containsExactlyInAnyOrder("application/json", "application/xml");
        assertThat(schemas.containsKey("JsonBody"))
                .as("the body reader's own type in the schemas")
                .isFalse();
    }

    @Test
    void listsEveryBodyAndAnswerAsXmlTooExceptTheCsvImportsBody() {
        JsonObject create = servicePaths.get(normalized("/rest/V1/customers")).getJsonObject("post");
        JsonObject body = create.getJsonObject("requestBody").getJsonObject("content");
        assertThat(body.get("application/xml")).isEqualTo(body.get("application/json"));
        JsonObject ok = create.getJsonObject("responses").getJsonObject("200").getJsonObject("content");
        assertThat(ok.keySet()).contains("application/json", "application/xml");
        assertThat(create.getJsonObject("responses")
                        .getJsonObject("400")
                        .getJsonObject("content")
                        .keySet())
                .contains("application/xml");
        JsonObject csv = servicePaths.get(normalized("/rest/V1/import/csv")).getJsonObject("post");
        assertThat(csv.getJsonObject("requestBody").getJsonObject("content").keySet())
                .containsExactly("application/json");
    }

    @Test
    void listsMagentosSearchCriteriaOnTheSearchRoutes() {
        for (String path : List.of("/rest/V1/customers/search", "/rest/V1/customerGroups/search")) {
            JsonObject search = servicePaths.get(normalized(path)).getJsonObject("get");
            List<String> names = search.getJsonArray("parameters").stream()
                    .map(p -> p.asJsonObject().getString("in") + ":"
                            + p.asJsonObject().getString("name"))
                    .toList();
            assertThat(names)
                    .as(path)
                    .contains(
                            "query:searchCriteria[filterGroups][0][filters][0][field]",
                            "query:searchCriteria[filterGroups][0][filters][0][value]",
                            "query:searchCriteria[filterGroups][0][filters][0][conditionType]",
                            "query:searchCriteria[sortOrders][0][field]",
                            "query:searchCriteria[sortOrders][0][direction]",
                            "query:searchCriteria[pageSize]",
                            "query:searchCriteria[currentPage]");
        }
    }

    /**
     * What a client generator reads at Magento's schema URL: Swagger 2.0 that the Swagger parser reads without
     * a complaint, Magento's paths below the store's base path, and a server that answers there.
     */
    @Test
    void servesMagentosSwaggerDocumentAtTheSchemaUrls() {
        Map<String, String> basePaths = Map.of(
                "rest/all/schema?services=all", "/rest/all",
                "rest/default/schema", "/rest/default",
                "rest/schema", "/rest");
        basePaths.forEach((url, basePath) -> {
            ApiResponse response = api.send("GET", url, null, List.of());
            assertThat(response.status()).as("GET /%s: %s", url, response).isEqualTo(200);
            assertThat(response.contentType()).as(url).startsWith("application/json");
            JsonObject raw = response.object();
            assertThat(raw.getString("swagger")).as(url).isEqualTo("2.0");
            assertThat(raw.getString("basePath")).as(url).isEqualTo(basePath);

            SwaggerParseResult parsed = new OpenAPIParser().readContents(response.body(), null, new ParseOptions());
            assertThat(parsed.getMessages())
                    .as("the parser's complaints about GET /%s", url)
                    .isEmpty();
            OpenAPI document = parsed.getOpenAPI();
            io.swagger.v3.oas.models.Operation create =
                    document.getPaths().get("/V1/customers").getPost();
            assertThat(create.getOperationId()).isEqualTo("customerAccountManagementV1CreateAccountPost");
            io.swagger.v3.oas.models.media.Schema<?> body = create.getRequestBody()
                    .getContent()
                    .values()
                    .iterator()
                    .next()
                    .getSchema();
            assertThat(body.getProperties()).containsKeys("customer", "password", "redirectUrl");
            String customer = body.getProperties().get("customer").get$ref();
            assertThat(document.getComponents()
                            .getSchemas()
                            .get(customer.substring(customer.lastIndexOf('/') + 1))
                            .getProperties())
                    .containsKeys("email", "firstname", "lastname", "addresses");

            String server = document.getServers().get(0).getUrl();
            assertThat(server).as(url).endsWith(basePath);
            ApiResponse countries = api.send("GET", server + "/V1/directory/countries", null, List.of());
            assertThat(countries.status())
                    .as("GET %s/V1/directory/countries: %s", server, countries)
                    .isEqualTo(200);
        });
    }

    @Test
    void namesEveryMagentoRouteAtTheSchemaUrlAsMagentoDoes() {
        JsonObject swaggerPaths =
                api.send("GET", "rest/default/schema", null, List.of()).object().getJsonObject("paths");
        List<String> problems = new ArrayList<>();
        magento.getJsonObject("paths")
                .forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
                    if (!METHODS.contains(method) || !operation.asJsonObject().containsKey("operationId")) {
                        return;
                    }
                    String expected = operation.asJsonObject().getString("operationId");
                    JsonObject served = swaggerPaths.getJsonObject(path);
                    String actual = served == null || !served.containsKey(method)
                            ? null
                            : served.getJsonObject(method).getString("operationId");
                    if (!expected.equals(actual)) {
                        problems.add(method.toUpperCase() + " " + path + ": " + actual + ", Magento's is " + expected);
                    }
                }));
        assertThat(problems).as("Magento's routes at /rest/default/schema").isEmpty();
    }

    @Test
    void keepsOnlyTheRequestedMagentoServices() {
        ApiResponse response = api.send(
                "GET",
                "rest/default/schema?services=customerAccountManagementV1,directoryCountryInformationAcquirerV1",
                null,
                List.of());
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        List<String> operationIds = new ArrayList<>();
        response.object()
                .getJsonObject("paths")
                .values()
                .forEach(item -> item.asJsonObject().values().stream()
                        .filter(v -> v instanceof JsonObject o && o.containsKey("operationId"))
                        .forEach(v -> operationIds.add(v.asJsonObject().getString("operationId"))));
        assertThat(operationIds)
                .contains(
                        "customerAccountManagementV1CreateAccountPost",
                        "customerAccountManagementV1ResetPasswordPost",
                        "directoryCountryInformationAcquirerV1GetCountriesInfoGet");
        assertThat(operationIds)
                .allMatch(id -> id.startsWith("customerAccountManagementV1")
                        || id.startsWith("directoryCountryInformationAcquirerV1"));
        assertThat(response.object().getJsonArray("tags").stream()
                        .map(tag -> tag.asJsonObject().getString("name"))
                        .toList())
                .containsExactlyInAnyOrder("customerAccountManagementV1", "directoryCountryInformationAcquirerV1");
        assertThat(response.object().getJsonObject("definitions").keySet())
                .contains(
                        "error-response",
                        "customer-data-customer-interface",
                        "directory-data-country-information-interface")
                .doesNotContain("customer-data-group-interface", "customer-data-customer-search-results-interface");
    }

    @Test
    void refusesTheSchemaOfAnUnknownStore() {
        MagentoAssertions.assertError(
                api.send("GET", "rest/no_such_store/schema", null, List.of()),
                400,
                "Specified request cannot be processed.");
    }

    /** Each property of Magento's schema is in the service's, down through the schemas it refers to. */
    private void compare(
            String where, JsonValue expectedSchema, JsonValue actualSchema, Set<String> seen, List<String> problems) {
        String expectedRef = ref(expectedSchema);
        String actualRef = ref(actualSchema);
        if (!seen.add(expectedRef + "|" + actualRef + "|" + expectedSchema + "|" + actualSchema)) {
            return;
        }
        JsonObject expected = resolve(magento, expectedSchema);
        JsonObject actual = resolve(service, actualSchema);
        String expectedType = type(expected);
        if (expectedType != null && !expectedType.equals(type(actual))) {
            problems.add(where + ": type " + type(actual) + ", Magento's is " + expectedType);
            return;
        }
        if ("array".equals(expectedType) && expected.containsKey("items")) {
            if (!actual.containsKey("items")) {
                problems.add(where + ": no items schema");
            } else {
                compare(where + "[]", expected.get("items"), actual.get("items"), seen, problems);
            }
            return;
        }
        JsonObject expectedProperties = expected.getJsonObject("properties");
        if (expectedProperties == null) {
            return;
        }
        JsonObject actualProperties =
                actual.containsKey("properties") ? actual.getJsonObject("properties") : JsonValue.EMPTY_JSON_OBJECT;
        for (Map.Entry<String, JsonValue> property : expectedProperties.entrySet()) {
            if (!actualProperties.containsKey(property.getKey())) {
                problems.add(where + ": lacks property " + property.getKey());
            } else {
                compare(
                        where + "." + property.getKey(),
                        property.getValue(),
                        actualProperties.get(property.getKey()),
                        seen,
                        problems);
            }
        }
    }

    private static String type(JsonObject schema) {
        if (schema.containsKey("type")) {
            return schema.getString("type");
        }
        return schema.containsKey("properties") ? "object" : null;
    }

    private static String ref(JsonValue schema) {
        return schema instanceof JsonObject o && o.containsKey("$ref") ? o.getString("$ref") : null;
    }

    /** The schema a {@code $ref} names, merged with any sibling keywords; references followed to the end. */
    private static JsonObject resolve(JsonObject document, JsonValue schema) {
        JsonObject current = schema.asJsonObject();
        Set<String> followed = new HashSet<>();
        while (current.containsKey("$ref")) {
            String ref = current.getString("$ref");
            if (!followed.add(ref)) {
                throw new AssertionError("circular $ref " + ref);
            }
            JsonValue target = pointer(document, ref);
            if (target == null) {
                throw new AssertionError("unresolvable $ref " + ref);
            }
            var merged = Json.createObjectBuilder(target.asJsonObject());
            current.forEach((key, value) -> {
                if (!"$ref".equals(key) && !target.asJsonObject().containsKey(key)) {
                    merged.add(key, value);
                }
            });
            current = merged.build();
        }
        return current;
    }

    private static JsonValue pointer(JsonObject document, String ref) {
        if (!ref.startsWith("#/")) {
            ref = "#/components/schemas/" + ref;
        }
        JsonValue at = document;
        for (String part : ref.substring(2).split("/")) {
            String name = part.replace("~1", "/").replace("~0", "~");
            if (!(at instanceof JsonObject o) || !o.containsKey(name)) {
                return null;
            }
            at = o.get(name);
        }
        return at;
    }

    private static JsonValue requestSchema(JsonObject document, JsonObject operation) {
        if (!operation.containsKey("requestBody")) {
            return null;
        }
        JsonValue body = operation.get("requestBody");
        if (body instanceof JsonObject o && o.containsKey("$ref")) {
            body = pointer(document, o.getString("$ref"));
        }
        return body == null ? null : schemaOf(body.asJsonObject());
    }

    private static JsonValue responseSchema(JsonObject document, JsonObject operation) {
        JsonObject responses = operation.getJsonObject("responses");
        if (responses == null || !responses.containsKey("200")) {
            return null;
        }
        JsonValue ok = responses.get("200");
        if (ok instanceof JsonObject o && o.containsKey("$ref")) {
            ok = pointer(document, o.getString("$ref"));
        }
        return ok == null ? null : schemaOf(ok.asJsonObject());
    }

    /** The {@code application/json} schema of a request body or response, else that of any JSON media type. */
    private static JsonValue schemaOf(JsonObject bodyOrResponse) {
        JsonObject content = bodyOrResponse.getJsonObject("content");
        if (content == null) {
            return null;
        }
        if (content.containsKey("application/json")
                && content.getJsonObject("application/json").containsKey("schema")) {
            return content.getJsonObject("application/json").get("schema");
        }
        for (Map.Entry<String, JsonValue> media : content.entrySet()) {
            if (media.getKey().startsWith("application/json")
                    && media.getValue().asJsonObject().containsKey("schema")) {
                return media.getValue().asJsonObject().get("schema");
            }
        }
        return null;
    }

    private static String normalized(String path) {
        String trimmed = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return trimmed.replaceAll("\\{[^}]*}", "{}");
    }

    private static JsonObject read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file);
                JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        }
    }

    /**
     * Magento's document: the copy kept with these tests ({@code src/test/resources/magento}, taken from
     * the project's shared material), else one found from the working directory upwards.
     */
    private static Path magentoDocument() {
        String configured = System.getProperty("magento.openapi");
        if (configured != null) {
            return Path.of(configured);
        }
        Path kept = Path.of("src/test/resources/magento/openapi-2.4.5-customer.json")
                .toAbsolutePath();
        if (Files.isRegularFile(kept)) {
            return kept;
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(MAGENTO_DOC);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("Magento's OpenAPI document " + MAGENTO_DOC + " is in no directory above "
                + Path.of("").toAbsolutePath());
    }
}
