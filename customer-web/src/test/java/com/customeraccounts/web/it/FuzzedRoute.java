package com.customeraccounts.web.it;

import static com.customeraccounts.web.it.SampleCustomers.PASSWORD;
import static com.customeraccounts.web.it.SampleCustomers.sampleCustomer;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A route of the service as the fuzz calls it: its method, its path with {@code {placeholders}} for the
 * parameters, the caller it needs and, for a route that reads a body, a valid one. The placeholders are
 * filled when the request is sent ({@link FuzzTargets}): {@code {unique}} afresh each time (so that a
 * create is never refused as a duplicate), the others with the fuzz's own customer, group and address.
 */
record FuzzedRoute(String method, String path, Caller caller, JsonObject body) {

    enum Caller {
        ANONYMOUS,
        /** The bootstrap admin's token: it holds every ACL resource, and no rate limit counts it. */
        ADMIN,
        /** A customer's own token. */
        SELF
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z]+}");
    private static final String NEW_EMAIL = "fuzz-{unique}@example.com";

    /** The path's placeholders, in order. */
    List<String> placeholders() {
        Matcher matcher = PLACEHOLDER.matcher(path);
        return matcher.results().map(MatchResult::group).toList();
    }

    boolean readsBody() {
        return body != null;
    }

    @Override
    public String toString() {
        return method + " " + path;
    }

    /** Every route the service documents (AuthorizationMatrixIT proves that list complete), each with its caller. */
    static List<FuzzedRoute> all() {
        String customers = "rest/V1/customers";
        return List.of(
                body("POST", customers, Caller.ANONYMOUS, newCustomer().build()),
                body(
                        "POST",
                        customers,
                        Caller.ANONYMOUS,
                        newCustomer().add("password", PASSWORD).build()),
                body("POST", customers, Caller.ADMIN, newCustomer().build()),
                get(customers + "/{customerId}", Caller.ADMIN),
                body(
                        "PUT",
                        customers + "/{customerId}",
                        Caller.ADMIN,
                        customer(sampleCustomer("{email}").add("id", "{customerId}"))),
                delete(customers + "/{customerId}", Caller.ADMIN),
                get(customers + "/me", Caller.SELF),
                body("PUT", customers + "/me", Caller.SELF, customer(sampleCustomer("{selfEmail}"))),
                body("PUT", customers + "/me/activate", Caller.SELF, object("confirmationKey", "not-the-key")),
                get(customers + "/search", Caller.ADMIN),
                body("PUT", customers + "/{email}/activate", Caller.ADMIN, object("confirmationKey", "not-the-key")),
                body(
                        "PUT",
                        customers + "/me/password",
                        Caller.SELF,
                        object("currentPassword", PASSWORD, "newPassword", "Fuzz-Passw0rd")),
                get(customers + "/{customerId}/password/resetLinkToken/{resetPasswordLinkToken}", Caller.ANONYMOUS),
                body(
                        "PUT",
                        customers + "/password",
                        Caller.ANONYMOUS,
                        Json.createObjectBuilder()
                                .add("email", "{email}")
                                .add("template", "email_reset")
                                .add("websiteId", 1)
                                .build()),
                body(
                        "POST",
                        customers + "/resetPassword",
                        Caller.ANONYMOUS,
                        object("email", "{email}", "resetToken", "not-the-token", "newPassword", "Fuzz-Passw0rd")),
                get(customers + "/{customerId}/confirm", Caller.ADMIN),
                body(
                        "POST",
                        customers + "/confirm",
                        Caller.ADMIN,
                        Json.createObjectBuilder()
                                .add("email", "{email}")
                                .add("websiteId", 1)
                                .add("redirectUrl", TestServer.ALLOWED_ORIGIN + "/welcome")
                                .build()),
                body("PUT", customers + "/validate", Caller.ADMIN, customer(sampleCustomer(NEW_EMAIL))),
                get(customers + "/{customerId}/permissions/readonly", Caller.ADMIN),
                body(
                        "POST",
                        customers + "/isEmailAvailable",
                        Caller.ANONYMOUS,
                        Json.createObjectBuilder()
                                .add("customerEmail", "{email}")
                                .add("websiteId", 1)
                                .build()),
                get(customers + "/addresses/{addressId}", Caller.ADMIN),
                get(customers + "/me/billingAddress", Caller.SELF),
                get(customers + "/{customerId}/billingAddress", Caller.ADMIN),
                get(customers + "/me/shippingAddress", Caller.SELF),
                get(customers + "/{customerId}/shippingAddress", Caller.ADMIN),
                get(customers + "/{customerId}/emails", Caller.ADMIN),
                get(customers + "/{customerId}/lock", Caller.ADMIN),
                delete(customers + "/{customerId}/lock", Caller.ADMIN),
                get(customers + "/{customerId}/audit", Caller.ADMIN),
                get(customers + "/{customerId}/events", Caller.ADMIN),
                delete("rest/V1/addresses/{addressId}", Caller.ADMIN),
                get("rest/V1/attributeMetadata/customer", Caller.ADMIN),
                get("rest/V1/attributeMetadata/customer/attribute/{attributeCode}", Caller.ADMIN),
                get("rest/V1/attributeMetadata/customer/form/{formCode}", Caller.ADMIN),
                get("rest/V1/attributeMetadata/customer/custom", Caller.ADMIN),
                get("rest/V1/attributeMetadata/customerAddress", Caller.ADMIN),
                get("rest/V1/attributeMetadata/customerAddress/attribute/{addressAttributeCode}", Caller.ADMIN),
                get("rest/V1/attributeMetadata/customerAddress/form/{addressFormCode}", Caller.ADMIN),
                get("rest/V1/attributeMetadata/customerAddress/custom", Caller.ADMIN),
                get("rest/V1/customerGroups/{groupId}", Caller.ADMIN),
                get("rest/V1/customerGroups/search", Caller.ADMIN),
                get("rest/V1/customerGroups/default", Caller.ADMIN),
                get("rest/V1/customerGroups/default/{storeId}", Caller.ADMIN),
                new FuzzedRoute("PUT", "rest/V1/customerGroups/default/{groupId}", Caller.ADMIN, null),
                get("rest/V1/customerGroups/{groupId}/permissions", Caller.ADMIN),
                body("POST", "rest/V1/customerGroups", Caller.ADMIN, group()),
                body("PUT", "rest/V1/customerGroups/{groupId}", Caller.ADMIN, group()),
                delete("rest/V1/customerGroups/{groupId}", Caller.ADMIN),
                body("POST", "rest/V1/import/csv", Caller.ADMIN, csvImport()),
                get("rest/V1/store/websites", Caller.ADMIN),
                get("rest/V1/store/storeGroups", Caller.ADMIN),
                get("rest/V1/store/storeViews", Caller.ADMIN),
                get("rest/V1/directory/countries", Caller.ANONYMOUS),
                get("rest/V1/directory/countries/{countryId}", Caller.ANONYMOUS),
                body(
                        "POST",
                        "rest/V1/integration/customer/token",
                        Caller.ANONYMOUS,
                        object("username", "{email}", "password", PASSWORD)),
                body(
                        "POST",
                        "rest/V1/integration/admin/token",
                        Caller.ANONYMOUS,
                        object("username", TestServer.ADMIN_USERNAME, "password", TestServer.ADMIN_PASSWORD)),
                new FuzzedRoute("POST", "rest/V1/integration/customer/revoke-customer-token", Caller.SELF, null),
                body(
                        "POST",
                        "rest/V1/migration/runs",
                        Caller.ADMIN,
                        Json.createObjectBuilder()
                                .add("mode", "full")
                                .add("dry_run", true)
                                .build()),
                get("rest/V1/migration/runs", Caller.ADMIN),
                get("rest/V1/migration/runs/{runId}", Caller.ADMIN),
                get("rest/schema", Caller.ANONYMOUS),
                get("customer/account/confirm/", Caller.ANONYMOUS));
    }

    private static FuzzedRoute get(String path, Caller caller) {
        return new FuzzedRoute("GET", path, caller, null);
    }

    private static FuzzedRoute delete(String path, Caller caller) {
        return new FuzzedRoute("DELETE", path, caller, null);
    }

    private static FuzzedRoute body(String method, String path, Caller caller, JsonObject body) {
        return new FuzzedRoute(method, path, caller, body);
    }

    private static JsonObjectBuilder newCustomer() {
        return Json.createObjectBuilder()
                .add("customer", sampleCustomer(NEW_EMAIL))
                .add("redirectUrl", TestServer.ALLOWED_ORIGIN + "/welcome");
    }

    private static JsonObject customer(JsonObjectBuilder customer) {
        return Json.createObjectBuilder().add("customer", customer).build();
    }

    private static JsonObject group() {
        return Json.createObjectBuilder()
                .add(
                        "group",
                        Json.createObjectBuilder().add("code", "Fuzz {unique}").add("tax_class_id", 3))
                .build();
    }

    private static JsonObject csvImport() {
        return CsvImportIT.importRequest(
                "customer",
                "add_update",
                "validation-stop-on-errors",
                "0",
                "email,_website,firstname,lastname\n" + NEW_EMAIL + ",base,Jane,Doe\n");
    }

    /** An object of string members, given as name/value pairs. */
    private static JsonObject object(String... members) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        for (int i = 0; i < members.length; i += 2) {
            object.add(members[i], members[i + 1]);
        }
        return object.build();
    }
}
