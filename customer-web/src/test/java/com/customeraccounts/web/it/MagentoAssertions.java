package com.customeraccounts.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** Assertions that read like Magento's own functional tests. */
public final class MagentoAssertions {

    private MagentoAssertions() {}

    /** The response is exactly this Magento error body, with this status. */
    public static void assertErrorBody(ApiResponse response, int status, JsonObject expectedBody) {
        assertThat(response.status()).as("status of %s", response).isEqualTo(status);
        assertThat(response.contentType().replace(" ", "")).isEqualToIgnoringCase("application/json;charset=utf-8");
        assertThat(response.object()).as("body").isEqualTo(expectedBody);
    }

    /** A Magento error without parameters. */
    public static void assertError(ApiResponse response, int status, String message) {
        assertErrorBody(
                response,
                status,
                Json.createObjectBuilder().add("message", message).build());
    }

    /** A Magento error with named parameters, given as key/value pairs. */
    public static void assertError(ApiResponse response, int status, String message, Object... parameters) {
        var params = Json.createObjectBuilder();
        for (int i = 0; i < parameters.length; i += 2) {
            Object value = parameters[i + 1];
            if (value instanceof Integer n) {
                params.add((String) parameters[i], n);
            } else {
                params.add((String) parameters[i], String.valueOf(value));
            }
        }
        assertErrorBody(
                response,
                status,
                Json.createObjectBuilder()
                        .add("message", message)
                        .add("parameters", params)
                        .build());
    }

    public static JsonObject assertCreated(ApiResponse response) {
        assertThat(response.status()).as("status of %s", response).isEqualTo(200);
        JsonObject customer = response.object();
        assertThat(customer.getJsonNumber("id").longValue()).isPositive();
        return customer;
    }
}
