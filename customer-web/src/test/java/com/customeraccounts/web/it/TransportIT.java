package com.customeraccounts.web.it;

import static com.customeraccounts.web.it.MagentoAssertions.assertCreated;
import static com.customeraccounts.web.it.MagentoAssertions.assertError;
import static com.customeraccounts.web.it.MagentoAssertions.assertErrorBody;
import static com.customeraccounts.web.it.SampleCustomers.minimalCustomer;
import static com.customeraccounts.web.it.SampleCustomers.request;
import static com.customeraccounts.web.it.SampleCustomers.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import jakarta.json.Json;
import jakarta.json.JsonString;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Routes, store codes, content types, bodies and admin tokens: Magento's answers, never an HTML page. */
class TransportIT extends SystemTest {

    private static final String JSON = "application/json";
    private static final String NO_ROUTE = "Request does not match any route.";

    @Test
    void answersAnUnknownRouteWithMagentosMessage() {
        assertError(api.post("rest/V1/customerz", "{}", List.of()), 404, NO_ROUTE);
        assertError(api.send("GET", "rest/V1/customers", null, List.of()), 404, NO_ROUTE);
        assertError(api.send("GET", "no/such/page", null, List.of()), 404, NO_ROUTE);
    }

    @Test
    void refusesAMethodMagentoNeverRoutes() {
        assertError(
                api.send("PATCH", "rest/V1/customers", "{}", List.of("Content-Type", JSON)),
                405,
                "The PATCH HTTP method is not supported.");
    }

    /** Outside the REST routes a servlet answers a method it does not know with 501, once a Magento 500. */
    @Test
    void refusesAMethodNoServletKnowsOutsideTheRestRoutes() {
        assertError(
                api.send("PATCH", "customer/account/confirm/-1", null, List.of()),
                405,
                "The PATCH HTTP method is not supported.");
        assertError(
                api.send("PATCH", "customer/account/confirm/", null, List.of()),
                405,
                "The PATCH HTTP method is not supported.");
    }

    @Test
    void runsInTheStoreNamedInThePathAndRefusesAnUnknownOne() {
        ApiResponse created = api.post(
                "rest/fixture_second_store/V1/customers",
                request(minimalCustomer(uniqueEmail()).add("website_id", 2)).toString(),
                List.of());
        assertThat(assertCreated(created).getInt("website_id")).isEqualTo(2);
        assertCreated(api.post(
                "rest/default/V1/customers",
                request(minimalCustomer(uniqueEmail())).toString(),
                List.of()));

        assertError(
                api.post("rest/nowhere/V1/customers", "{}", List.of()), 400, "Specified request cannot be processed.");
        assertError(
                api.post("rest/admin/V1/customers", "{}", List.of()), 400, "Specified request cannot be processed.");
    }

    @Test
    void refusesBodiesItCannotDecode() {
        assertError(api.post("rest/V1/customers", "{\"customer\":", List.of()), 400, "Decoding error.");
        assertError(api.send("POST", "rest/V1/customers", "{}", List.of()), 400, "Content-Type header is empty.");
        assertError(
                api.send("POST", "rest/V1/customers", "{}", List.of("Content-Type", "text/plain")),
                400,
                "Server cannot understand Content-Type HTTP header media type text/plain");
        assertError(
                api.send(
                        "POST",
                        "rest/V1/customers",
                        "{}",
                        List.of("Content-Type", "application/json; charset=iso-8859-1")),
                400,
                "UTF-8 is the only supported charset.");
    }

    @Test
    void answersMalformedInputOfAnyShapeWithAMagentoErrorNeverA500() {
        String person = "\"email\":\"" + uniqueEmail() + "\",\"firstname\":\"J\",\"lastname\":\"D\"";
        List<String> bodies = List.of(
                "[]",
                "\"x\"",
                "1",
                "null",
                "{\"customer\":[]}",
                "{\"customer\":null}",
                "[".repeat(100_000),
                "{\"customer\":{" + person + ",\"id\":1e999999999}}",
                "{\"customer\":{" + person + ",\"website_id\":-5}}",
                "{\"customer\":{" + person + ",\"store_id\":2147483648}}",
                "{\"customer\":{" + person + ",\"addresses\":{\"a\":1}}}",
                "{\"customer\":{" + person + ",\"addresses\":[{\"country_id\":\"US\",\"street\":[{\"a\":1}]}]}}",
                "{\"customer\":{" + person + ",\"dob\":\"99999-99-99\"}}",
                "{\"customer\":{" + person + ",\"prefix\":\"a\\u0000b\"}}",
                "{\"customer\":{" + person + ",\"custom_attributes\":[{}]}}",
                "{\"customer\":{" + person + "},\"password\":{\"x\":1}}",
                "{\"customer\":{" + person + ",\"addresses\":[{\"firstname\":\"J\",\"lastname\":\"D\","
                        + "\"street\":[\"x\"],\"city\":\"c\",\"telephone\":\"1\",\"postcode\":\"1\","
                        + "\"country_id\":\"US\",\"region_id\":99999999999}]}}");
        for (String body : bodies) {
            ApiResponse response = api.post("rest/V1/customers", body, List.of());
            assertThat(response.status())
                    .as("%s -> %s", body.length() > 80 ? body.substring(0, 80) : body, response)
                    .isBetween(400, 499);
            assertThat(response.contentType().replace(" ", "")).isEqualToIgnoringCase("application/json;charset=utf-8");
            assertThat(response.object().getString("message")).isNotBlank();
        }
    }

    @Test
    void refusesABodyOverOneMebibyte() {
        String body = "{\"customer\":{\"email\":\"" + uniqueEmail() + "\",\"firstname\":\"" + "a".repeat(1024 * 1024)
                + "\",\"lastname\":\"Doe\"}}";

        ApiResponse response = api.post("rest/V1/customers", body, List.of());

        assertError(response, 413, "The request body is larger than the 1048576 bytes this service accepts.");
    }

    /**
     * The JDK's HTTP client asks to upgrade to HTTP/2 on its first request and sends the next ones over HTTP/2,
     * where a body the service refused part-read was never answered: what was left of it filled the stream's
     * flow-control window, and the client waited for its timeout.
     */
    @Test
    void refusesABodyOverOneMebibyteAtOnceOnAConnectionUsedBefore() {
        String body = request(minimalCustomer(uniqueEmail()).add("firstname", "a".repeat(3 * 1024 * 1024)))
                .toString();
        useTheConnection();

        // a guard far above the real cost, well under the client's own timeout
        ApiResponse refused =
                assertTimeoutPreemptively(Duration.ofSeconds(20), () -> api.post("rest/V1/customers", body, List.of()));

        assertError(refused, 413, "The request body is larger than the 1048576 bytes this service accepts.");
    }

    /**
     * The server takes a request that asks it to switch to a protocol it does not switch to as the start of that
     * protocol: it kept a body from the service, whose reading waited for the server's 30-second read timeout
     * and was a 500, and it sent the error page without its Content-Type.
     */
    @Test
    void refusesAtOnceARequestThatAsksForAnotherProtocol() throws IOException {
        List<SplitRequest> requests = List.of(
                new SplitRequest(base, "POST", "rest/V1/customers", List.of("Upgrade", "websocket"), "{}"),
                new SplitRequest(base, "POST", "rest/V1/customers", List.of("Upgrade", "h2c"), "{}"),
                new SplitRequest(base, "GET", "no/such/page", List.of("Upgrade", "websocket"), ""));
        for (SplitRequest request : requests) {
            try (request) {
                ApiResponse refused = assertTimeoutPreemptively(Duration.ofSeconds(20), request::response);

                assertError(refused, 400, "Specified request cannot be processed.");
            }
        }
    }

    /** As above, for a body answered unread: the caller may not use the route, or there is no such route. */
    @Test
    void answersABodyItDoesNotReadAtOnceOnAConnectionUsedBefore() {
        String body = request(minimalCustomer(uniqueEmail()).add("firstname", "a".repeat(300_000)))
                .toString();
        useTheConnection();

        ApiResponse refused = assertTimeoutPreemptively(
                Duration.ofSeconds(20), () -> api.call("PUT", "rest/V1/customers/1", null, body));
        ApiResponse unrouted =
                assertTimeoutPreemptively(Duration.ofSeconds(20), () -> api.call("POST", "no/such/page", null, body));

        assertError(
                refused,
                401,
                "The consumer isn't authorized to access %resources.",
                "resources",
                "Magento_Customer::manage");
        assertError(unrouted, 404, NO_ROUTE);
    }

    @Test
    void answersInJsonUtf8() {
        ApiResponse created =
                api.createAccount(request(minimalCustomer(uniqueEmail()).add("firstname", "Zoë")));

        assertThat(created.contentType().replace(" ", "")).isEqualToIgnoringCase("application/json;charset=utf-8");
        assertThat(created.object().getString("firstname")).isEqualTo("Zoë");
    }

    @Test
    void issuesAnAdminTokenAsABareJsonString() {
        ApiResponse response = api.issueAdminToken(TestServer.ADMIN_USERNAME, TestServer.ADMIN_PASSWORD);

        assertThat(response.status()).isEqualTo(200);
        assertThat(((JsonString) response.json()).getString()).hasSizeGreaterThanOrEqualTo(32);
        assertThat(response.body()).doesNotContain(TestServer.ADMIN_PASSWORD);
    }

    @Test
    void refusesWrongOrMissingAdminCredentials() {
        assertError(
                api.issueAdminToken(TestServer.ADMIN_USERNAME, "wrong-Passw0rd"),
                401,
                "The account sign-in was incorrect or your account is disabled temporarily. Please wait and try "
                        + "again later.");
        assertErrorBody(
                api.post("rest/V1/integration/admin/token", "{}", List.of()),
                400,
                Json.createObjectBuilder()
                        .add("message", "One or more input exceptions have occurred.")
                        .add(
                                "errors",
                                Json.createArrayBuilder()
                                        .add(Json.createObjectBuilder()
                                                .add("message", "\"%fieldName\" is required. Enter and try again.")
                                                .add(
                                                        "parameters",
                                                        Json.createObjectBuilder()
                                                                .add("fieldName", "username")))
                                        .add(Json.createObjectBuilder()
                                                .add("message", "\"%fieldName\" is required. Enter and try again.")
                                                .add(
                                                        "parameters",
                                                        Json.createObjectBuilder()
                                                                .add("fieldName", "password"))))
                        .build());
    }

    /** A first request, which the JDK's client makes over HTTP/1.1 and upgrades its connection with. */
    private void useTheConnection() {
        assertThat(api.send("GET", "rest/V1/directory/countries/US", null, List.of())
                        .status())
                .isEqualTo(200);
    }
}
