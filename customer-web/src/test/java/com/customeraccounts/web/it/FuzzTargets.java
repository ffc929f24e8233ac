package com.customeraccounts.web.it;

import static com.customeraccounts.web.it.MagentoAssertions.assertCreated;
import static com.customeraccounts.web.it.SampleCustomers.PASSWORD;
import static com.customeraccounts.web.it.SampleCustomers.minimalCustomer;
import static com.customeraccounts.web.it.SampleCustomers.request;
import static com.customeraccounts.web.it.SampleCustomers.sampleCustomer;
import static com.customeraccounts.web.it.SampleCustomers.uniqueEmail;

import com.customeraccounts.web.it.FuzzedRoute.Caller;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the fuzz's requests act on, on its own service: a customer with addresses, a group, and a customer of
 * its own whose token it calls {@code /me} with, each made afresh for every property. It fills a route's
 * placeholders and sends as the caller asked for; when the customer's token stops working (the fuzz changed
 * its password, revoked the token, or deleted the customer) the next call signs up another.
 */
final class FuzzTargets {

    private final CustomerApi api;
    private final Map<String, String> values;
    private String selfEmail;
    private String selfToken;

    private FuzzTargets(CustomerApi api, Map<String, String> values) {
        this.api = api;
        this.values = values;
    }

    static FuzzTargets create(CustomerApi api) {
        String email = uniqueEmail();
        JsonObject customer = assertCreated(api.createAccountAsAdmin("", request(sampleCustomer(email))));
        JsonObject group = api.call(
                        "POST",
                        "rest/V1/customerGroups",
                        api.adminToken(),
                        Json.createObjectBuilder()
                                .add(
                                        "group",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "code",
                                                        "Fuzz "
                                                                + UUID.randomUUID()
                                                                        .toString()
                                                                        .substring(0, 13))
                                                .add("tax_class_id", 3))
                                .build()
                                .toString())
                .object();
        return new FuzzTargets(
                api,
                Map.ofEntries(
                        Map.entry("{customerId}", customer.getJsonNumber("id").toString()),
                        Map.entry("{email}", email),
                        Map.entry(
                                "{addressId}",
                                customer.getJsonArray("addresses")
                                        .getJsonObject(0)
                                        .getJsonNumber("id")
                                        .toString()),
                        Map.entry("{groupId}", group.getJsonNumber("id").toString()),
                        Map.entry("{storeId}", "1"),
                        Map.entry("{countryId}", "US"),
                        Map.entry("{resetPasswordLinkToken}", "not-the-token"),
                        Map.entry("{runId}", "1"),
                        Map.entry("{attributeCode}", "firstname"),
                        Map.entry("{formCode}", "customer_account_create"),
                        Map.entry("{addressAttributeCode}", "postcode"),
                        Map.entry("{addressFormCode}", "customer_address_edit")));
    }

    /** Sends the request as the caller, its placeholders filled, and notes whether the customer's token is spent. */
    ApiResponse send(FuzzCall call) {
        List<String> headers = new ArrayList<>(call.headers());
        if (call.caller() != Caller.ANONYMOUS) {
            headers.addAll(List.of("Authorization", "Bearer " + token(call.caller())));
        }
        ApiResponse response = api.sendAsIs(call.method(), filled(call.path()), filled(call.body()), headers);
        if (call.caller() == Caller.SELF && spendsToken(call, response)) {
            selfToken = null;
        }
        return response;
    }

    private String token(Caller caller) {
        if (caller == Caller.ADMIN) {
            return api.adminToken();
        }
        if (selfToken == null) {
            selfEmail = uniqueEmail();
            assertCreated(api.createAccount(request(minimalCustomer(selfEmail), PASSWORD)));
            selfToken = api.customerToken(selfEmail, PASSWORD);
        }
        return selfToken;
    }

    private static boolean spendsToken(FuzzCall call, ApiResponse response) {
        boolean changesCredentials =
                call.path().endsWith("/me/password") || call.path().endsWith("/revoke-customer-token");
        return response.status() == 401 || changesCredentials && response.status() < 300;
    }

    private String filled(String text) {
        if (text == null) {
            return null;
        }
        String filled = text.replace("{unique}", UUID.randomUUID().toString().substring(0, 13));
        if (selfEmail != null) {
            filled = filled.replace("{selfEmail}", selfEmail);
        }
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace(value.getKey(), value.getValue());
        }
        return filled;
    }
}
