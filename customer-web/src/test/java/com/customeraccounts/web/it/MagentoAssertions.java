package com.customeraccounts.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Set;

/** Assertions that read like Magento's own functional tests. */
public final class MagentoAssertions {

    /** What only a Java stack trace (or an exception's name) puts into a body. */
    private static final List<String> STACK_TRACE_MARKERS =
            List.of("Exception", "Caused by", "at com.", "at java.", "at jakarta.", "at org.", "\tat ");

    private MagentoAssertions() {}

    /**
     * The answer any request gets, however hostile: a 2xx, or a 4xx with Magento's error body (a message,
     * perhaps parameters and errors, nothing else); never a 5xx, and never a Java stack trace in the body. A
     * marker that the request itself carried ({@code sent}) may come back in an echo of it.
     */
    public static void assertAnsweredAsMagento(ApiResponse response, String method, String sent) {
        String shown = HostileJson.shown(response.toString());
        assertThat(response.status() / 100).as("status of %s", shown).isIn(2, 4);
        for (String marker : STACK_TRACE_MARKERS) {
            if (!sent.contains(marker)) {
                assertThat(response.body()).as("body of %s", shown).doesNotContain(marker);
            }
        }
        if (response.status() >= 400 && !"HEAD".equals(method)) {
            String contentType = response.contentType().replace(" ", "");
            if (contentType.equalsIgnoreCase("application/xml;charset=utf-8")) {
                assertMagentoXmlErrorBody(response.body(), shown);
                return;
            }
            assertThat(contentType)
                    .as("Content-Type of %s", shown)
                    .isEqualToIgnoringCase("application/json;charset=utf-8");
            assertMagentoErrorBody(parsed(response, shown), shown);
        }
    }

    /** Magento's XML error: a {@code response} element with a {@code message}, as its XML renderer writes one. */
    private static void assertMagentoXmlErrorBody(String body, String shown) {
        org.w3c.dom.Element root = XmlAnswer.parse(body).getDocumentElement();
        assertThat(root.getTagName()).as("root of %s", shown).isEqualTo("response");
        assertThat(XmlAnswer.child(root, "message")).as("message of %s", shown).isNotBlank();
    }

    private static JsonObject parsed(ApiResponse response, String shown) {
        try {
            return response.object();
        } catch (RuntimeException notAnObject) {
            throw new AssertionError("not a JSON object: " + shown, notAnObject);
        }
    }

    private static void assertMagentoErrorBody(JsonObject body, String shown) {
        assertThat(body.keySet()).as("members of %s", shown).isSubsetOf(Set.of("message", "parameters", "errors"));
        assertThat(body.get("message")).as("message of %s", shown).isInstanceOf(JsonString.class);
        assertThat(body.getString("message")).as("message of %s", shown).isNotBlank();
        if (body.containsKey("parameters")) {
            assertThat(body.get("parameters").getValueType())
                    .as("parameters of %s", shown)
                    .isIn(JsonValue.ValueType.OBJECT, JsonValue.ValueType.ARRAY);
        }
        if (body.containsKey("errors")) {
            assertThat(body.get("errors").getValueType())
                    .as("errors of %s", shown)
                    .isEqualTo(JsonValue.ValueType.ARRAY);
            body.getJsonArray("errors").forEach(error -> {
                assertThat(error.getValueType()).as("an error of %s", shown).isEqualTo(JsonValue.ValueType.OBJECT);
                assertMagentoErrorBody(error.asJsonObject(), shown);
            });
        }
    }

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
