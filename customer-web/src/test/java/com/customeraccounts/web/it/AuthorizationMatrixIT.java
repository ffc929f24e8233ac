package com.customeraccounts.web.it;

import static com.customeraccounts.web.it.MagentoAssertions.assertCreated;
import static com.customeraccounts.web.it.SampleCustomers.PASSWORD;
import static com.customeraccounts.web.it.SampleCustomers.minimalCustomer;
import static com.customeraccounts.web.it.SampleCustomers.request;
import static com.customeraccounts.web.it.SampleCustomers.sampleCustomer;
import static com.customeraccounts.web.it.SampleCustomers.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Every route × every kind of caller → what Magento's ACL answers (contract §1): a caller that holds the
 * route's resource gets the route's own answer; one that does not gets 401 with Magento's body
 * {@code {"message":"The consumer isn't authorized to access %resources.","parameters":{"resources":…}}}.
 * The callers: no credentials, another customer's token, the customer's own token, three integrations that
 * each lack some resources (see {@code it-integrations.json}), the bootstrap admin's token, and an
 * integration with {@code Magento_Backend::all}. A second test checks that the table lists every route the
 * service documents, so a new route cannot skip it.
 */
class AuthorizationMatrixIT extends SystemTest {

    private static final String NOT_AUTHORIZED = "The consumer isn't authorized to access %resources.";
    private static final String ANONYMOUS = "anonymous";
    private static final String SELF = "self";
    private static final String CUSTOMER = "Magento_Customer::customer";
    private static final String MANAGE = "Magento_Customer::manage";
    private static final String DELETE = "Magento_Customer::delete";
    private static final String GROUP = "Magento_Customer::group";
    private static final String STORE = "Magento_Backend::store";
    private static final String ALL = "Magento_Backend::all";
    private static final String IMPORT = "Magento_ImportCsvApi::import_api";
    /** One customer, imported (then updated) by every caller the import's ACL lets through. */
    private static final String IMPORT_BODY = CsvImportIT.importRequest(
                    "customer",
                    "add_update",
                    "validation-stop-on-errors",
                    "0",
                    "email,_website,firstname,lastname\nmatrix-import@example.com,base,Matrix,Import\n")
            .toString();

    /** The callers, with the ACL resources each holds ({@code self} for a customer's token). */
    private enum As {
        GUEST,
        OTHER_CUSTOMER(SELF),
        OWN_CUSTOMER(SELF),
        CRM(CUSTOMER),
        SUPPORT_DESK(CUSTOMER, MANAGE, "Magento_Customer::actions"),
        PRICING(GROUP),
        ADMIN(ALL),
        ERP(ALL);

        private final Set<String> resources;

        As(String... resources) {
            this.resources = Set.of(resources);
        }

        /** Magento's check: {@code Magento_Backend::all} holds every ACL resource, but is no customer ({@code self}). */
        boolean holds(String acl) {
            return ANONYMOUS.equals(acl)
                    || resources.contains(acl)
                    || resources.contains(ALL) && acl.startsWith("Magento_");
        }
    }

    /**
     * One route: its template as {@code /openapi} names it, its ACL resource as in contract §1, the status a
     * caller holding that resource gets, and the concrete path and body, made afresh for every call.
     */
    private record Route(
            String method,
            String template,
            String acl,
            int allowedStatus,
            Supplier<String> path,
            Function<As, String> body) {}

    private String ownEmail;
    private String otherEmail;
    private String ownToken;
    private String otherToken;

    @Test
    void answersEveryRouteAndCallerAsMagentosAcl() {
        List<Route> routes = routes();
        int defaultGroup = api.call("GET", "rest/V1/customerGroups/default", api.adminToken(), null)
                .object()
                .getInt("id");
        SoftAssertions softly = new SoftAssertions();
        try {
            for (Route route : routes) {
                for (As caller : As.values()) {
                    String path = route.path().get();
                    ApiResponse response =
                            call(caller, route.method(), path, route.body().apply(caller));
                    String what = route.method() + " " + path + " as " + caller;
                    if (caller.holds(route.acl())) {
                        softly.assertThat(response.status())
                                .as("%s: %s", what, response)
                                .isEqualTo(route.allowedStatus());
                    } else {
                        softly.assertThat(response.status())
                                .as("%s: %s", what, response)
                                .isEqualTo(401);
                        softly.assertThat(body(response))
                                .as("%s: %s", what, response)
                                .isEqualTo(denied(route.acl()));
                    }
                }
            }
        } finally {
            // the matrix sets the system default group; whatever happened, it is the one it found
            api.call("PUT", "rest/V1/customerGroups/default/" + defaultGroup, api.adminToken(), null);
        }
        softly.assertAll();
        assertThat(api.call("GET", "rest/V1/customerGroups/default", api.adminToken(), null)
                        .object()
                        .getInt("id"))
                .isEqualTo(defaultGroup);
    }

    @Test
    void listsEveryRouteTheServiceDocuments() {
        Set<String> documented = DocumentedRoutes.of(api);

        Set<String> listed = routes().stream()
                .map(r -> DocumentedRoutes.route(r.method(), r.template()))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(documented).as("routes in /openapi").hasSizeGreaterThan(40);
        assertThat(listed).as("routes in the matrix").containsAll(documented);
    }

    /**
     * Magento validates the route and its ACL before it decodes the body, so a caller without access learns
     * nothing about what it sent: any body, any Content-Type, gets the 401.
     */
    @Test
    void refusesACallerWithoutAccessWhateverItSends() {
        long id = freshCustomer();
        String path = "rest/V1/customers/" + id;
        List<List<String>> sent = List.of(
                List.of("{\"customer\": not json", "application/json"),
                List.of("{\"customer\":{}}", "text/plain"),
                List.of("{\"customer\":{}}", ""),
                List.of("{\"customer\":{}}", "application/json; charset=iso-8859-1"));
        List<String> adminAnswers = List.of(
                "Decoding error.",
                "Server cannot understand Content-Type HTTP header media type text/plain",
                "Content-Type header is empty.",
                "UTF-8 is the only supported charset.");
        for (int i = 0; i < sent.size(); i++) {
            String body = sent.get(i).get(0);
            String type = sent.get(i).get(1);
            List<String> contentType = type.isEmpty() ? List.of() : List.of("Content-Type", type);
            for (String token : new String[] {null, ownCustomerToken()}) {
                List<String> headers = new ArrayList<>(contentType);
                if (token != null) {
                    headers.addAll(List.of("Authorization", "Bearer " + token));
                }
                MagentoAssertions.assertError(
                        api.send("PUT", path, body, headers), 401, NOT_AUTHORIZED, "resources", MANAGE);
            }
            List<String> headers = new ArrayList<>(contentType);
            headers.addAll(List.of("Authorization", "Bearer " + api.adminToken()));
            MagentoAssertions.assertError(api.send("PUT", path, body, headers), 400, adminAnswers.get(i));
        }
    }

    private String ownCustomerToken() {
        if (ownToken == null) {
            ownEmail = uniqueEmail();
            assertCreated(api.createAccount(request(minimalCustomer(ownEmail), PASSWORD)));
            ownToken = api.customerToken(ownEmail, PASSWORD);
        }
        return ownToken;
    }

    /** Contract §1 rows 1–24 and the routes product.md adds, with each route's ACL. */
    private List<Route> routes() {
        ownEmail = uniqueEmail();
        JsonObject own = assertCreated(api.createAccountAsAdmin("", request(sampleCustomer(ownEmail), PASSWORD)));
        long ownId = own.getJsonNumber("id").longValue();
        int ownAddress = own.getJsonArray("addresses").getJsonObject(0).getInt("id");
        otherEmail = uniqueEmail();
        assertCreated(api.createAccount(request(minimalCustomer(otherEmail), PASSWORD)));
        ownToken = api.customerToken(ownEmail, PASSWORD);
        otherToken = api.customerToken(otherEmail, PASSWORD);
        int testGroup = api.call("POST", "rest/V1/customerGroups", api.adminToken(), group("Matrix " + unique()))
                .object()
                .getInt("id");
        int defaultGroup = api.call("GET", "rest/V1/customerGroups/default", api.adminToken(), null)
                .object()
                .getInt("id");

        String customers = "rest/V1/customers/";
        String search = "?searchCriteria[filter_groups][0][filters][0][field]=email"
                + "&searchCriteria[filter_groups][0][filters][0][value]=" + ownEmail;
        String groupSearch = "?searchCriteria[filter_groups][0][filters][0][field]=code"
                + "&searchCriteria[filter_groups][0][filters][0][value]=General";
        Function<As, String> none = caller -> null;
        Function<As, String> newCustomer =
                caller -> request(minimalCustomer(uniqueEmail())).toString();
        Function<As, String> lastname = fixed("{\"customer\":{\"lastname\":\"Doe\"}}");
        Function<As, String> wrongKey = fixed("{\"confirmationKey\":\"not-the-key\"}");

        List<Route> routes = new ArrayList<>(List.of(
                // contract §1, in its order
                route("POST", "/rest/V1/customers", ANONYMOUS, 200, () -> "rest/V1/customers", newCustomer),
                route(
                        "POST",
                        "/rest/V1/customers",
                        MANAGE,
                        200,
                        () -> "rest/V1/customers",
                        caller -> request(minimalCustomer(uniqueEmail()).add("group_id", 1))
                                .toString()),
                route("GET", "/rest/V1/customers/{customerId}", CUSTOMER, 200, () -> customers + ownId, none),
                route("PUT", "/rest/V1/customers/{customerId}", MANAGE, 200, () -> customers + ownId, lastname),
                route(
                        "PUT",
                        "/rest/V1/customers/me",
                        SELF,
                        200,
                        () -> customers + "me",
                        caller -> request(minimalCustomer(caller == As.OTHER_CUSTOMER ? otherEmail : ownEmail))
                                .toString()),
                route("GET", "/rest/V1/customers/me", SELF, 200, () -> customers + "me", none),
                route("PUT", "/rest/V1/customers/me/activate", SELF, 400, () -> customers + "me/activate", wrongKey),
                route("GET", "/rest/V1/customers/search", CUSTOMER, 200, () -> customers + "search" + search, none),
                route(
                        "PUT",
                        "/rest/V1/customers/{email}/activate",
                        MANAGE,
                        400,
                        () -> customers + ownEmail + "/activate",
                        wrongKey),
                route(
                        "PUT",
                        "/rest/V1/customers/me/password",
                        SELF,
                        400,
                        () -> customers + "me/password",
                        fixed("{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"short\"}")),
                route(
                        "GET",
                        "/rest/V1/customers/{customerId}/password/resetLinkToken/{resetPasswordLinkToken}",
                        ANONYMOUS,
                        400,
                        () -> customers + ownId + "/password/resetLinkToken/not-the-token",
                        none),
                route(
                        "PUT",
                        "/rest/V1/customers/password",
                        ANONYMOUS,
                        404,
                        () -> customers + "password",
                        fixed("{\"email\":\"nobody-" + ownEmail + "\",\"template\":\"email_reset\",\"websiteId\":1}")),
                route(
                        "POST",
                        "/rest/V1/customers/resetPassword",
                        ANONYMOUS,
                        404,
                        () -> customers + "resetPassword",
                        fixed("{\"email\":\"nobody-" + ownEmail
                                + "\",\"resetToken\":\"x\",\"newPassword\":\"Passw0rd-1\"}")),
                route(
                        "GET",
                        "/rest/V1/customers/{customerId}/confirm",
                        MANAGE,
                        200,
                        () -> customers + ownId + "/confirm",
                        none),
                route(
                        "POST",
                        "/rest/V1/customers/confirm",
                        MANAGE,
                        400,
                        () -> customers + "confirm",
                        fixed("{\"email\":\"" + ownEmail + "\",\"websiteId\":1}")),
                route("PUT", "/rest/V1/customers/validate", MANAGE, 200, () -> customers + "validate", lastname),
                route(
                        "GET",
                        "/rest/V1/customers/{customerId}/permissions/readonly",
                        CUSTOMER,
                        200,
                        () -> customers + ownId + "/permissions/readonly",
                        none),
                route(
                        "DELETE",
                        "/rest/V1/customers/{customerId}",
                        DELETE,
                        200,
                        () -> customers + freshCustomer(),
                        none),
                route(
                        "POST",
                        "/rest/V1/customers/isEmailAvailable",
                        ANONYMOUS,
                        200,
                        () -> customers + "isEmailAvailable",
                        fixed("{\"customerEmail\":\"" + ownEmail + "\"}")),
                route(
                        "GET",
                        "/rest/V1/customers/addresses/{addressId}",
                        MANAGE,
                        200,
                        () -> customers + "addresses/" + ownAddress,
                        none),
                route(
                        "GET",
                        "/rest/V1/customers/me/billingAddress",
                        SELF,
                        200,
                        () -> customers + "me/billingAddress",
                        none),
                route(
                        "GET",
                        "/rest/V1/customers/{customerId}/billingAddress",
                        MANAGE,
                        200,
                        () -> customers + ownId + "/billingAddress",
                        none),
                route(
                        "GET",
                        "/rest/V1/customers/me/shippingAddress",
                        SELF,
                        200,
                        () -> customers + "me/shippingAddress",
                        none),
                route(
                        "GET",
                        "/rest/V1/customers/{customerId}/shippingAddress",
                        MANAGE,
                        200,
                        () -> customers + ownId + "/shippingAddress",
                        none),
                route(
                        "DELETE",
                        "/rest/V1/addresses/{addressId}",
                        MANAGE,
                        200,
                        () -> "rest/V1/addresses/" + freshAddress(),
                        none),
                // the ACL is decided before the route looks at its input, as in Magento's InputParamsResolver
                route("GET", "/rest/V1/customers/{customerId}", CUSTOMER, 404, () -> customers + "999999999", none),
                route(
                        "PUT",
                        "/rest/V1/customers/{customerId}",
                        MANAGE,
                        400,
                        () -> customers + ownId,
                        fixed("{\"customer\": not json")),
                route(
                        "PUT",
                        "/rest/V1/customerGroups/{id}",
                        GROUP,
                        400,
                        () -> "rest/V1/customerGroups/" + testGroup,
                        fixed("[{")),
                // a customer's token works only in a store of its own website (Customer/Authorization)
                route(
                        "GET",
                        "/rest/V1/customers/me",
                        "self in another website",
                        0,
                        () -> "rest/fixture_second_store/V1/customers/me",
                        none),
                // not Magento's: which emails the outbox sent a customer
                route(
                        "GET",
                        "/rest/V1/customers/{customerId}/emails",
                        MANAGE,
                        200,
                        () -> customers + ownId + "/emails",
                        none),
                // not Magento's: a customer's lock for support staff, and the account's history
                route(
                        "GET",
                        "/rest/V1/customers/{customerId}/lock",
                        MANAGE,
                        200,
                        () -> customers + ownId + "/lock",
                        none),
                route(
                        "DELETE",
                        "/rest/V1/customers/{customerId}/lock",
                        MANAGE,
                        200,
                        () -> customers + ownId + "/lock",
                        none),
                route(
                        "GET",
                        "/rest/V1/customers/{customerId}/audit",
                        MANAGE,
                        200,
                        () -> customers + ownId + "/audit",
                        none),
                route(
                        "GET",
                        "/rest/V1/customers/{customerId}/events",
                        MANAGE,
                        200,
                        () -> customers + ownId + "/events",
                        none),
                // attribute metadata (contract §1 rows 34–41)
                route(
                        "GET",
                        "/rest/V1/attributeMetadata/customer",
                        CUSTOMER,
                        200,
                        () -> "rest/V1/attributeMetadata/customer",
                        none),
                route(
                        "GET",
                        "/rest/V1/attributeMetadata/customer/attribute/{attributeCode}",
                        CUSTOMER,
                        200,
                        () -> "rest/V1/attributeMetadata/customer/attribute/firstname",
                        none),
                route(
                        "GET",
                        "/rest/V1/attributeMetadata/customer/form/{formCode}",
                        CUSTOMER,
                        200,
                        () -> "rest/V1/attributeMetadata/customer/form/customer_account_create",
                        none),
                route(
                        "GET",
                        "/rest/V1/attributeMetadata/customer/custom",
                        CUSTOMER,
                        200,
                        () -> "rest/V1/attributeMetadata/customer/custom",
                        none),
                route(
                        "GET",
                        "/rest/V1/attributeMetadata/customerAddress",
                        CUSTOMER,
                        200,
                        () -> "rest/V1/attributeMetadata/customerAddress",
                        none),
                route(
                        "GET",
                        "/rest/V1/attributeMetadata/customerAddress/attribute/{attributeCode}",
                        CUSTOMER,
                        200,
                        () -> "rest/V1/attributeMetadata/customerAddress/attribute/postcode",
                        none),
                route(
                        "GET",
                        "/rest/V1/attributeMetadata/customerAddress/form/{formCode}",
                        CUSTOMER,
                        200,
                        () -> "rest/V1/attributeMetadata/customerAddress/form/customer_address_edit",
                        none),
                route(
                        "GET",
                        "/rest/V1/attributeMetadata/customerAddress/custom",
                        CUSTOMER,
                        200,
                        () -> "rest/V1/attributeMetadata/customerAddress/custom",
                        none),
                // customer groups (contract §1 rows 25–33)
                route("GET", "/rest/V1/customerGroups/{id}", GROUP, 200, () -> "rest/V1/customerGroups/1", none),
                route(
                        "GET",
                        "/rest/V1/customerGroups/search",
                        GROUP,
                        200,
                        () -> "rest/V1/customerGroups/search" + groupSearch,
                        none),
                route(
                        "GET",
                        "/rest/V1/customerGroups/default",
                        GROUP,
                        200,
                        () -> "rest/V1/customerGroups/default",
                        none),
                route(
                        "GET",
                        "/rest/V1/customerGroups/default/{storeId}",
                        GROUP,
                        200,
                        () -> "rest/V1/customerGroups/default/1",
                        none),
                route(
                        "PUT",
                        "/rest/V1/customerGroups/default/{id}",
                        GROUP,
                        200,
                        () -> "rest/V1/customerGroups/default/" + defaultGroup,
                        none),
                route(
                        "GET",
                        "/rest/V1/customerGroups/{id}/permissions",
                        GROUP,
                        200,
                        () -> "rest/V1/customerGroups/1/permissions",
                        none),
                route(
                        "POST",
                        "/rest/V1/customerGroups",
                        GROUP,
                        200,
                        () -> "rest/V1/customerGroups",
                        caller -> group("Matrix " + unique())),
                route(
                        "PUT",
                        "/rest/V1/customerGroups/{id}",
                        GROUP,
                        200,
                        () -> "rest/V1/customerGroups/" + testGroup,
                        caller -> group("Matrix " + unique())),
                route(
                        "DELETE",
                        "/rest/V1/customerGroups/{id}",
                        GROUP,
                        200,
                        () -> "rest/V1/customerGroups/" + freshGroup(),
                        none),
                // stores and the directory
                route("POST", "/rest/V1/import/csv", IMPORT, 200, () -> "rest/V1/import/csv", fixed(IMPORT_BODY)),
                route("GET", "/rest/V1/store/websites", STORE, 200, () -> "rest/V1/store/websites", none),
                route("GET", "/rest/V1/store/storeGroups", STORE, 200, () -> "rest/V1/store/storeGroups", none),
                route("GET", "/rest/V1/store/storeViews", STORE, 200, () -> "rest/V1/store/storeViews", none),
                route("GET", "/rest/V1/directory/countries", ANONYMOUS, 200, () -> "rest/V1/directory/countries", none),
                route(
                        "GET",
                        "/rest/V1/directory/countries/{countryId}",
                        ANONYMOUS,
                        200,
                        () -> "rest/V1/directory/countries/US",
                        none),
                // tokens (revoking comes last: it ends both customers' tokens)
                route(
                        "POST",
                        "/rest/V1/integration/customer/token",
                        ANONYMOUS,
                        200,
                        () -> "rest/V1/integration/customer/token",
                        fixed("{\"username\":\"" + ownEmail + "\",\"password\":\"" + PASSWORD + "\"}")),
                route(
                        "POST",
                        "/rest/V1/integration/admin/token",
                        ANONYMOUS,
                        200,
                        () -> "rest/V1/integration/admin/token",
                        fixed("{\"username\":\"" + TestServer.ADMIN_USERNAME + "\",\"password\":\""
                                + TestServer.ADMIN_PASSWORD + "\"}")),
                // the documents and the confirmation link are public
                route("GET", "/openapi", ANONYMOUS, 200, () -> "openapi", none),
                route("GET", "/rest/schema", ANONYMOUS, 200, () -> "rest/schema", none),
                route(
                        "GET",
                        "/customer/account/confirm/",
                        ANONYMOUS,
                        400,
                        () -> "customer/account/confirm/?id=" + ownId + "&key=not-the-key",
                        none),
                route(
                        "POST",
                        "/rest/V1/integration/customer/revoke-customer-token",
                        SELF,
                        200,
                        () -> "rest/V1/integration/customer/revoke-customer-token",
                        none),
                // the Magento pull (not configured here: a start is refused, and no run exists)
                route(
                        "POST",
                        "/rest/V1/migration/runs",
                        MANAGE,
                        400,
                        () -> "rest/V1/migration/runs",
                        fixed("{\"mode\":\"full\"}")),
                route("GET", "/rest/V1/migration/runs", MANAGE, 200, () -> "rest/V1/migration/runs", none),
                route(
                        "GET",
                        "/rest/V1/migration/runs/{id}",
                        MANAGE,
                        404,
                        () -> "rest/V1/migration/runs/999999999",
                        none)));
        return routes;
    }

    private ApiResponse call(As caller, String method, String path, String body) {
        return switch (caller) {
            case GUEST -> api.call(method, path, null, body);
            case OTHER_CUSTOMER -> api.call(method, path, otherToken, body);
            case OWN_CUSTOMER -> api.call(method, path, ownToken, body);
            case CRM -> IntegrationClient.CRM.call(api, method, path, body);
            case SUPPORT_DESK -> IntegrationClient.SUPPORT_DESK.call(api, method, path, body);
            case PRICING -> IntegrationClient.PRICING.call(api, method, path, body);
            case ADMIN -> api.call(method, path, api.adminToken(), body);
            case ERP -> IntegrationClient.ERP.call(api, method, path, body);
        };
    }

    private static Route route(
            String method,
            String template,
            String acl,
            int allowedStatus,
            Supplier<String> path,
            Function<As, String> body) {
        return new Route(method, template, acl, allowedStatus, path, body);
    }

    private static Function<As, String> fixed(String body) {
        return caller -> body;
    }

    /** Magento's 401 body; a customer's token in another website's store is refused as {@code self}. */
    private static JsonObject denied(String acl) {
        String resources = acl.startsWith(SELF) ? SELF : acl;
        return Json.createObjectBuilder()
                .add("message", NOT_AUTHORIZED)
                .add("parameters", Json.createObjectBuilder().add("resources", resources))
                .build();
    }

    private static Object body(ApiResponse response) {
        try {
            return response.object();
        } catch (RuntimeException notAnObject) {
            return response.body();
        }
    }

    private static String group(String code) {
        return Json.createObjectBuilder()
                .add("group", Json.createObjectBuilder().add("code", code).add("tax_class_id", 3))
                .build()
                .toString();
    }

    private static String unique() {
        return uniqueEmail().substring(7, 20);
    }

    private long freshCustomer() {
        return assertCreated(api.createAccount(request(minimalCustomer(uniqueEmail()))))
                .getJsonNumber("id")
                .longValue();
    }

    private int freshAddress() {
        return assertCreated(api.createAccount(request(minimalCustomer(uniqueEmail())
                        .add("addresses", Json.createArrayBuilder().add(CreateAccountIT.newYorkAddress())))))
                .getJsonArray("addresses")
                .getJsonObject(0)
                .getInt("id");
    }

    private int freshGroup() {
        return api.call("POST", "rest/V1/customerGroups", api.adminToken(), group("Matrix " + unique()))
                .object()
                .getInt("id");
    }
}
