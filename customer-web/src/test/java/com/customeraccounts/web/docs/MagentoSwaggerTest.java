package com.customeraccounts.web.docs;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class MagentoSwaggerTest {

    private static final MagentoSwagger.Origin ORIGIN =
            new MagentoSwagger.Origin("https", "shop.example:8443", "/rest/default");

    /** A small document in the shape the server's OpenAPI endpoint generates. */
    private static final JsonObject OPENAPI = json("""
            {"openapi": "3.0.3",
             "info": {"title": "Customer Accounts", "version": "1.0.0"},
             "servers": [{"url": "http://localhost:8080/"}],
             "paths": {
               "/rest/V1/customers": {"post": {
                 "summary": "customers", "description": "Create customer account.",
                 "operationId": "customerAccountManagementV1CreateAccountPost",
                 "requestBody": {"content": {
                   "application/json": {"schema": {"$ref": "#/components/schemas/customerAccountManagementV1CreateAccountPostBody"}},
                   "application/xml": {"schema": {"$ref": "#/components/schemas/customerAccountManagementV1CreateAccountPostBody"}}}},
                 "responses": {
                   "200": {"description": "200 Success.", "content": {"application/json;charset=utf-8":
                     {"schema": {"$ref": "#/components/schemas/customer-data-customer-interface"}}}},
                   "400": {"description": "Bad request", "content": {"application/json":
                     {"schema": {"$ref": "#/components/schemas/error-response"}}}}}}},
               "/rest/V1/customers/{customerId}": {"get": {
                 "description": "Get customer by Customer ID.",
                 "operationId": "customerCustomerRepositoryV1GetByIdGet",
                 "parameters": [{"name": "customerId", "in": "path", "required": true, "schema": {"type": "integer"}}],
                 "security": [{"adminToken": []}],
                 "responses": {"200": {"description": "200 Success.", "content": {"application/json":
                   {"schema": {"$ref": "#/components/schemas/customer-data-customer-interface"}}}}}}},
               "/rest/V1/migration/runs": {"get": {
                 "operationId": "migrationRunsListGet", "responses": {"200": {"description": "The runs"}}}},
               "/openapi": {"get": {"operationId": "notOfMagento", "responses": {}}}
             },
             "components": {
               "schemas": {
                 "error-response": {"type": "object", "properties": {"message": {"type": "string"}}},
                 "customer-data-customer-interface": {"type": "object", "properties": {
                   "email": {"type": "string", "nullable": true},
                   "addresses": {"type": "array", "items": {"$ref": "#/components/schemas/customer-data-address-interface"}}}},
                 "customer-data-address-interface": {"type": "object", "properties": {"city": {"type": "string"}}},
                 "customer-data-group-interface": {"type": "object"},
                 "customerAccountManagementV1CreateAccountPostBody": {"type": "object", "required": ["customer"],
                   "properties": {
                     "customer": {"$ref": "#/components/schemas/customer-data-customer-interface"},
                     "password": {"type": "string", "writeOnly": true}}}
               },
               "securitySchemes": {"adminToken": {"type": "http", "scheme": "bearer", "description": "An admin token."}}
             }}
            """);

    @Test
    void isSwagger2WithPathsBelowTheStoresBasePath() {
        JsonObject swagger = MagentoSwagger.of(OPENAPI, ORIGIN, ServiceSelection.of("all"));

        assertThat(swagger.getString("swagger")).isEqualTo("2.0");
        assertThat(swagger.getString("host")).isEqualTo("shop.example:8443");
        assertThat(swagger.getString("basePath")).isEqualTo("/rest/default");
        assertThat(swagger.getJsonArray("schemes").getString(0)).isEqualTo("https");
        assertThat(swagger.getJsonObject("paths").keySet())
                .containsExactly("/V1/customers", "/V1/customers/{customerId}", "/V1/migration/runs");
        assertThat(swagger.getJsonArray("tags").toString())
                .isEqualTo("[{\"name\":\"customerAccountManagementV1\"},{\"name\":\"customerCustomerRepositoryV1\"},"
                        + "{\"name\":\"migrationRuns\"}]");
    }

    @Test
    void takesTheBodyAsOneParameterWithItsSchemaInline() {
        JsonObject create = MagentoSwagger.of(OPENAPI, ORIGIN, ServiceSelection.of(null))
                .getJsonObject("paths")
                .getJsonObject("/V1/customers")
                .getJsonObject("post");

        assertThat(create.getJsonArray("tags").getString(0)).isEqualTo("customerAccountManagementV1");
        assertThat(create.getString("description")).isEqualTo("Create customer account.");
        assertThat(create.getJsonArray("parameters").toString())
                .isEqualTo("[{\"name\":\"customerAccountManagementV1CreateAccountPostBody\",\"in\":\"body\","
                        + "\"schema\":{\"type\":\"object\",\"required\":[\"customer\"],\"properties\":{"
                        + "\"customer\":{\"$ref\":\"#/definitions/customer-data-customer-interface\"},"
                        + "\"password\":{\"type\":\"string\"}}}}]");
        assertThat(create.getJsonObject("responses").toString())
                .isEqualTo("{\"200\":{\"description\":\"200 Success.\",\"schema\":"
                        + "{\"$ref\":\"#/definitions/customer-data-customer-interface\"}},"
                        + "\"400\":{\"description\":\"Bad request\",\"schema\":{\"$ref\":\"#/definitions/error-response\"}},"
                        + "\"default\":{\"description\":\"Unexpected error\",\"schema\":"
                        + "{\"$ref\":\"#/definitions/error-response\"}}}");
    }

    @Test
    void statesAPathParametersTypeOnTheParameterAndKeepsItsSecurity() {
        JsonObject get = MagentoSwagger.of(OPENAPI, ORIGIN, ServiceSelection.of(null))
                .getJsonObject("paths")
                .getJsonObject("/V1/customers/{customerId}")
                .getJsonObject("get");

        assertThat(get.getJsonArray("parameters").toString())
                .isEqualTo("[{\"name\":\"customerId\",\"in\":\"path\",\"required\":true,\"type\":\"integer\"}]");
        assertThat(get.getJsonArray("security").toString()).isEqualTo("[{\"adminToken\":[]}]");
    }

    @Test
    void definesOnlyTheSchemasTheOperationsUseInSwaggersWords() {
        JsonObject definitions =
                MagentoSwagger.of(OPENAPI, ORIGIN, ServiceSelection.of(null)).getJsonObject("definitions");

        assertThat(definitions.keySet())
                .containsExactlyInAnyOrder(
                        "error-response", "customer-data-customer-interface", "customer-data-address-interface");
        assertThat(definitions.getJsonObject("customer-data-customer-interface").toString())
                .isEqualTo("{\"type\":\"object\",\"properties\":{\"email\":{\"type\":\"string\"},"
                        + "\"addresses\":{\"type\":\"array\",\"items\":"
                        + "{\"$ref\":\"#/definitions/customer-data-address-interface\"}}}}");
    }

    @Test
    void keepsOnlyTheRequestedServicesAndWhatTheyUse() {
        JsonObject swagger =
                MagentoSwagger.of(OPENAPI, ORIGIN, ServiceSelection.of(" migrationRuns , noSuchServiceV1"));

        assertThat(swagger.getJsonObject("paths").keySet()).containsExactly("/V1/migration/runs");
        assertThat(swagger.getJsonArray("tags").toString()).isEqualTo("[{\"name\":\"migrationRuns\"}]");
        assertThat(swagger.getJsonObject("definitions").keySet()).containsExactly("error-response");
    }

    @Test
    void describesABearerTokenAsAnAuthorizationHeader() {
        JsonObject security =
                MagentoSwagger.of(OPENAPI, ORIGIN, ServiceSelection.of(null)).getJsonObject("securityDefinitions");

        assertThat(security.toString())
                .isEqualTo("{\"adminToken\":{\"type\":\"apiKey\",\"name\":\"Authorization\",\"in\":\"header\","
                        + "\"description\":\"An admin token. Sent as `Authorization: Bearer <token>`.\"}}");
    }

    @Test
    void namesEachOperationsServiceAsMagentoDoes() {
        assertThat(ServiceSelection.serviceOf("customerAccountManagementV1CreateAccountPost"))
                .isEqualTo("customerAccountManagementV1");
        assertThat(ServiceSelection.serviceOf("integrationAdminTokenServiceV1CreateAdminAccessTokenPost"))
                .isEqualTo("integrationAdminTokenServiceV1");
        assertThat(ServiceSelection.serviceOf("migrationRunsStartPost")).isEqualTo("migrationRuns");
        assertThat(ServiceSelection.of("customerAccountManagementV1").includes("customerAccountManagementV1GetPost"))
                .isTrue();
        assertThat(ServiceSelection.of("customerAccountManagement").includes("customerAccountManagementV1GetPost"))
                .isFalse();
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
