package com.customeraccounts.web.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Supplier;

import static com.customeraccounts.web.it.MagentoAssertions.assertCreated;
import static com.customeraccounts.web.it.SampleCustomers.PASSWORD;
import static com.customeraccounts.web.it.SampleCustomers.minimalCustomer;
import static com.customeraccounts.web.it.SampleCustomers.request;
import static com.customeraccounts.web.it.SampleCustomers.sampleCustomer;
import static com.customeraccounts.web.it.SampleCustomers.uniqueEmail;

/**
 * Every route × every kind of caller → the status Magento's ACL gives: no credentials, another
 * customer's token, the customer's own token, an integration without the route's resource (it holds
 * {@code Magento_Customer::customer} only), a full admin token, and an OAuth-signed integration with
 * {@code Magento_Backend::all}.
 */
class AuthorizationMatrixIT extends SystemTest {

    private enum As { GUEST, OTHER_CUSTOMER, OWN_CUSTOMER, RESTRICTED_INTEGRATION, ADMIN, INTEGRATION }

    private record Route(String method, Supplier<String> path, Supplier<String> body, int... expected) {
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PackagedWar.asRoot();
    }

    @Test
    void answersEveryRouteAndCallerAsMagentosAcl() {
        String ownEmail = uniqueEmail();
        JsonObject own = assertCreated(api.createAccountAsAdmin("", request(sampleCustomer(ownEmail), PASSWORD)));
        long ownId = own.getJsonNumber("id").longValue();
        int ownAddress = own.getJsonArray("addresses").getJsonObject(0).getInt("id");
        String otherEmail = uniqueEmail();
        assertCreated(api.createAccount(request(minimalCustomer(otherEmail), PASSWORD)));
        String ownToken = api.customerToken(ownEmail, PASSWORD);
        String otherToken = api.customerToken(otherEmail, PASSWORD);
        String customerBody = Json.createObjectBuilder().add("customer", Json.createObjectBuilder()
                .add("lastname", "Doe")).build().toString();
        String selfBody = Json.createObjectBuilder().add("customer", minimalCustomer(ownEmail)).build().toString();
        String search = "rest/V1/customers/search?searchCriteria[filter_groups][0][filters][0][field]=email"
                + "&searchCriteria[filter_groups][0][filters][0][value]=" + ownEmail;

        // statuses in the order of As: guest, other customer, own customer, restricted integration, admin, integration
        List<Route> routes = List.of(
                new Route("POST", () -> "rest/V1/customers", () -> request(minimalCustomer(uniqueEmail())).toString(),
                        200, 200, 200, 200, 200, 200),
                new Route("GET", () -> "rest/V1/customers/" + ownId, () -> null, 401, 401, 401, 200, 200, 200),
                new Route("PUT", () -> "rest/V1/customers/" + ownId, () -> customerBody, 401, 401, 401, 401, 200, 200),
                new Route("DELETE", () -> "rest/V1/customers/" + freshCustomer(), () -> null,
                        401, 401, 401, 401, 200, 200),
                new Route("GET", () -> "rest/V1/customers/me", () -> null, 401, 200, 200, 401, 401, 401),
                new Route("PUT", () -> "rest/V1/customers/me", () -> selfBody, 401, 400, 200, 401, 401, 401),
                new Route("GET", () -> "rest/V1/customers/me/billingAddress", () -> null, 401, 200, 200, 401, 401, 401),
                new Route("GET", () -> "rest/V1/customers/me/shippingAddress", () -> null, 401, 200, 200, 401, 401, 401),
                new Route("GET", () -> search, () -> null, 401, 401, 401, 200, 200, 200),
                new Route("PUT", () -> "rest/V1/customers/validate", () -> customerBody, 401, 401, 401, 401, 200, 200),
                new Route("GET", () -> "rest/V1/customers/" + ownId + "/permissions/readonly", () -> null,
                        401, 401, 401, 200, 200, 200),
                new Route("POST", () -> "rest/V1/customers/isEmailAvailable",
                        () -> "{\"customerEmail\":\"" + ownEmail + "\"}", 200, 200, 200, 200, 200, 200),
                new Route("GET", () -> "rest/V1/customers/addresses/" + ownAddress, () -> null,
                        401, 401, 401, 401, 200, 200),
                new Route("GET", () -> "rest/V1/customers/" + ownId + "/billingAddress", () -> null,
                        401, 401, 401, 401, 200, 200),
                new Route("GET", () -> "rest/V1/customers/" + ownId + "/shippingAddress", () -> null,
                        401, 401, 401, 401, 200, 200),
                new Route("DELETE", () -> "rest/V1/addresses/" + freshAddress(), () -> null,
                        401, 401, 401, 401, 200, 200),
                new Route("GET", () -> "rest/V1/customers/" + ownId + "/emails", () -> null,
                        401, 401, 401, 401, 200, 200),
                new Route("GET", () -> "rest/V1/customerGroups/1", () -> null, 401, 401, 401, 401, 200, 200),
                new Route("GET", () -> "rest/V1/customerGroups/default", () -> null, 401, 401, 401, 401, 200, 200),
                new Route("GET", () -> "rest/V1/store/websites", () -> null, 401, 401, 401, 401, 200, 200),
                new Route("GET", () -> "rest/V1/store/storeGroups", () -> null, 401, 401, 401, 401, 200, 200),
                new Route("GET", () -> "rest/V1/store/storeViews", () -> null, 401, 401, 401, 401, 200, 200),
                new Route("GET", () -> "rest/V1/directory/countries/US", () -> null, 200, 200, 200, 200, 200, 200));

        SoftAssertions softly = new SoftAssertions();
        for (Route route : routes) {
            for (As caller : As.values()) {
                String path = route.path().get();
                ApiResponse response = switch (caller) {
                    case GUEST -> api.call(route.method(), path, null, route.body().get());
                    case OTHER_CUSTOMER -> api.call(route.method(), path, otherToken, route.body().get());
                    case OWN_CUSTOMER -> api.call(route.method(), path, ownToken, route.body().get());
                    case RESTRICTED_INTEGRATION -> IntegrationClient.CRM.call(api, route.method(), path,
                            route.body().get());
                    case ADMIN -> api.call(route.method(), path, api.adminToken(), route.body().get());
                    case INTEGRATION -> IntegrationClient.ERP.call(api, route.method(), path, route.body().get());
                };
                softly.assertThat(response.status()).as("%s %s as %s: %s", route.method(), path, caller, response)
                        .isEqualTo(route.expected()[caller.ordinal()]);
            }
        }
        softly.assertAll();
    }

    private long freshCustomer() {
        return assertCreated(api.createAccount(request(minimalCustomer(uniqueEmail())))).getJsonNumber("id")
                .longValue();
    }

    private int freshAddress() {
        return assertCreated(api.createAccount(request(minimalCustomer(uniqueEmail()).add("addresses",
                Json.createArrayBuilder().add(CreateAccountIT.newYorkAddress()))))).getJsonArray("addresses")
                .getJsonObject(0).getInt("id");
    }
}
