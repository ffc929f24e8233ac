package com.customeraccounts.web.it;

import static com.customeraccounts.web.it.MagentoAssertions.assertCreated;
import static com.customeraccounts.web.it.MagentoAssertions.assertError;
import static com.customeraccounts.web.it.MagentoAssertions.assertErrorBody;
import static com.customeraccounts.web.it.SampleCustomers.PASSWORD;
import static com.customeraccounts.web.it.SampleCustomers.minimalCustomer;
import static com.customeraccounts.web.it.SampleCustomers.request;
import static com.customeraccounts.web.it.SampleCustomers.sampleCustomer;
import static com.customeraccounts.web.it.SampleCustomers.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The customer API around the account, as Magento's own functional tests (contract §7.1–§7.4) use it. */
class CustomerApiIT extends SystemTest {

    private static final String NOT_AUTHORIZED = "The consumer isn't authorized to access %resources.";
    private static final String NO_SUCH_ENTITY = "No such entity with %fieldName = %fieldValue";
    private static final String SIGN_IN_INCORRECT = "The account sign-in was incorrect or your account is disabled "
            + "temporarily. Please wait and try again later.";

    @Test
    void readsAndDeletesACustomerAsAnAdmin() {
        JsonObject created = createSample(uniqueEmail());
        long id = id(created);

        ApiResponse read = api.call("GET", "rest/V1/customers/" + id, admin(), null);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.object()).isEqualTo(created);

        assertThat(api.call("DELETE", "rest/V1/customers/" + id, admin(), null).body())
                .isEqualTo("true");
        assertError(
                api.call("GET", "rest/V1/customers/" + id, admin(), null),
                404,
                NO_SUCH_ENTITY,
                "fieldName",
                "customerId",
                "fieldValue",
                (int) id);
        assertError(
                api.call("DELETE", "rest/V1/customers/-1", admin(), null),
                404,
                NO_SUCH_ENTITY,
                "fieldName",
                "customerId",
                "fieldValue",
                -1);
    }

    @Test
    void updatesOnlyTheFieldsAnAdminSends() {
        String email = uniqueEmail();
        long id = id(createSample(email));

        ApiResponse updated = api.call(
                "PUT",
                "rest/V1/customers/" + id,
                admin(),
                Json.createObjectBuilder()
                        .add(
                                "customer",
                                Json.createObjectBuilder()
                                        .add("lastname", "Updated lastname")
                                        .add("email", email)
                                        .add("id", id))
                        .build()
                        .toString());

        assertThat(updated.status()).as("%s", updated).isEqualTo(200);
        JsonObject customer = updated.object();
        assertThat(customer.getString("lastname")).isEqualTo("Updated lastname");
        assertThat(customer.getString("firstname")).isEqualTo("Jane");
        assertThat(customer.getInt("website_id")).isEqualTo(1);
        assertThat(customer.getJsonArray("addresses")).hasSize(2);
        assertThat(customer.getString("updated_at")).isGreaterThanOrEqualTo(customer.getString("created_at"));
        assertThat(api.call("GET", "rest/V1/customers/" + id, admin(), null).object())
                .isEqualTo(customer);
    }

    @Test
    void unsubscribesACustomerFromTheNewsletter() {
        long id = id(assertCreated(api.createAccount(request(minimalCustomer(uniqueEmail())
                .add("extension_attributes", Json.createObjectBuilder().add("is_subscribed", true))))));

        JsonObject updated = api.call(
                        "PUT",
                        "rest/V1/customers/" + id,
                        admin(),
                        Json.createObjectBuilder()
                                .add(
                                        "customer",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "extension_attributes",
                                                        Json.createObjectBuilder()
                                                                .add("is_subscribed", false)))
                                .build()
                                .toString())
                .object();

        assertThat(updated.getJsonObject("extension_attributes").getBoolean("is_subscribed"))
                .isFalse();
        assertThat(api.call("GET", "rest/V1/customers/" + id, admin(), null)
                        .object()
                        .getJsonObject("extension_attributes")
                        .getBoolean("is_subscribed"))
                .isFalse();
    }

    @Test
    void checksTheGroupOfAnUpdateAndRefusesAnUnknownCustomer() {
        long id = id(createSample(uniqueEmail()));

        assertError(
                api.call("PUT", "rest/V1/customers/" + id, admin(), body("group_id", 777)),
                400,
                "The specified customer group id does not exist.");
        assertThat(api.call("PUT", "rest/V1/customers/" + id, admin(), body("group_id", 3))
                        .object()
                        .getInt("group_id"))
                .isEqualTo(3);
        assertError(
                api.call("PUT", "rest/V1/customers/-1", admin(), body("id", -1)),
                404,
                NO_SUCH_ENTITY,
                "fieldName",
                "customerId",
                "fieldValue",
                -1);
    }

    @Test
    void replacesTheAddressesWhenAnUpdateSendsThem() {
        long id = id(createSample(uniqueEmail()));

        JsonObject customer = api.call(
                        "PUT",
                        "rest/V1/customers/" + id,
                        admin(),
                        Json.createObjectBuilder()
                                .add(
                                        "customer",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "addresses",
                                                        Json.createArrayBuilder()
                                                                .add(CreateAccountIT.newYorkAddress()
                                                                        .add("default_billing", true))))
                                .build()
                                .toString())
                .object();

        assertThat(customer.getJsonArray("addresses")).hasSize(1);
        assertThat(customer.getJsonArray("addresses").getJsonObject(0).getInt("region_id"))
                .isEqualTo(43);
        assertThat(customer.getString("default_billing"))
                .isEqualTo(String.valueOf(
                        customer.getJsonArray("addresses").getJsonObject(0).getInt("id")));
        assertThat(customer.containsKey("default_shipping")).isFalse();
        assertThat(api.call("GET", "rest/V1/customers/" + id, admin(), null).object())
                .isEqualTo(customer);
    }

    @Test
    void refusesACustomerTokenOnAnotherCustomersAdminRoute() {
        String email = uniqueEmail();
        createWithPassword(email);
        long other = id(createSample(uniqueEmail()));
        String token = api.customerToken(email, "Password1");

        assertError(
                api.call("PUT", "rest/V1/customers/" + other, token, body("lastname", "Hacked")),
                401,
                NOT_AUTHORIZED,
                "resources",
                "Magento_Customer::manage");
        assertError(
                api.call("GET", "rest/V1/customers/" + other, token, null),
                401,
                NOT_AUTHORIZED,
                "resources",
                "Magento_Customer::customer");
    }

    @Test
    void servesTheCustomerItselfThroughMeUntilItsTokensAreRevoked() {
        String email = uniqueEmail();
        JsonObject created = createWithPassword(email);
        String token = api.customerToken(email.toUpperCase(), "Password1");

        ApiResponse me = api.call("GET", "rest/V1/customers/me", token, null);
        assertThat(me.status()).isEqualTo(200);
        assertThat(withoutUpdatedAt(me.object())).isEqualTo(withoutUpdatedAt(created));

        assertThat(api.call("POST", "rest/V1/integration/customer/revoke-customer-token", token, null)
                        .body())
                .isEqualTo("true");
        assertError(api.call("GET", "rest/V1/customers/me", token, null), 401, NOT_AUTHORIZED, "resources", "self");
    }

    @Test
    void refusesTheTokenOfADeletedCustomerAtOnce() {
        String email = uniqueEmail();
        long id = id(createWithPassword(email));
        String token = api.customerToken(email, "Password1");
        assertThat(api.call("GET", "rest/V1/customers/me", token, null).status())
                .isEqualTo(200);

        assertThat(api.call("DELETE", "rest/V1/customers/" + id, api.adminToken(), null)
                        .status())
                .isEqualTo(200);

        assertError(api.call("GET", "rest/V1/customers/me", token, null), 401, NOT_AUTHORIZED, "resources", "self");
    }

    @Test
    void savesTheCustomerItselfWithTheIdFromItsToken() {
        String email = uniqueEmail();
        long id = id(createWithPassword(email));
        String token = api.customerToken(email, "Password1");

        ApiResponse saved = api.call(
                "PUT",
                "rest/V1/customers/me",
                token,
                Json.createObjectBuilder()
                        .add(
                                "customer",
                                minimalCustomer(email)
                                        .add("lastname", "DoeUpdated")
                                        .add("id", 25)
                                        .add("group_id", 3))
                        .build()
                        .toString());

        assertThat(saved.status()).as("%s", saved).isEqualTo(200);
        assertThat(saved.object().getJsonNumber("id").longValue()).isEqualTo(id);
        assertThat(saved.object().getString("lastname")).isEqualTo("DoeUpdated");
        assertThat(saved.object().getInt("group_id")).isEqualTo(1);
        assertError(
                api.call(
                        "PUT",
                        "rest/V1/customers/me?customerId=1",
                        token,
                        "{\"customer\":{\"id\":\"-1\",\"Id\":\"1\"}}"),
                400,
                "The customer email is missing. Enter and try again.");
    }

    /** Magento forces id, group_id, website_id and store_id of {@code PUT /V1/customers/me} from the token's customer. */
    @Test
    void keepsItsWebsiteStoreAndGroupWhenACustomerSavesItselfWithOthers() {
        String email = uniqueEmail();
        long id = id(createWithPassword(email));
        String token = api.customerToken(email, "Password1");

        ApiResponse saved = api.call(
                "PUT",
                "rest/V1/customers/me",
                token,
                Json.createObjectBuilder()
                        .add(
                                "customer",
                                minimalCustomer(email)
                                        .add("lastname", "Moved")
                                        .add("website_id", 2)
                                        .add("store_id", 2)
                                        .add("group_id", 2))
                        .build()
                        .toString());

        assertThat(saved.status()).as("%s", saved).isEqualTo(200);
        JsonObject stored =
                api.call("GET", "rest/V1/customers/" + id, admin(), null).object();
        for (JsonObject customer : List.of(saved.object(), stored)) {
            assertThat(customer.getString("lastname")).isEqualTo("Moved");
            assertThat(customer.getInt("website_id")).isEqualTo(1);
            assertThat(customer.getInt("store_id")).isEqualTo(1);
            assertThat(customer.getInt("group_id")).isEqualTo(1);
        }
        assertThat(api.call("GET", "rest/default/V1/customers/me", token, null).status())
                .isEqualTo(200);
        assertError(
                api.call("GET", "rest/fixture_second_store/V1/customers/me", token, null),
                401,
                NOT_AUTHORIZED,
                "resources",
                "self");
        assertError(api.issueCustomerToken("fixture_second_store/", email, "Password1"), 401, SIGN_IN_INCORRECT);
    }

    @Test
    void givesTheDefaultAddressesToTheCustomerAndToAnAdmin() {
        String email = uniqueEmail();
        JsonObject created = assertCreated(api.createAccountAsAdmin("", request(sampleCustomer(email), PASSWORD)));
        long id = id(created);
        JsonObject defaultAddress = created.getJsonArray("addresses").getJsonObject(0);
        String token = api.customerToken(email, PASSWORD);

        for (String path : List.of("rest/V1/customers/me/billingAddress", "rest/V1/customers/me/shippingAddress")) {
            assertThat(api.call("GET", path, token, null).object()).isEqualTo(defaultAddress);
        }
        for (String path : List.of("billingAddress", "shippingAddress")) {
            assertThat(api.call("GET", "rest/V1/customers/" + id + "/" + path, admin(), null)
                            .object())
                    .isEqualTo(defaultAddress);
        }
        assertThat(defaultAddress.getString("city")).isEqualTo("CityM");
        assertThat(defaultAddress.getJsonObject("region").getString("region")).isEqualTo("Alabama");
    }

    @Test
    void answersABareNullForADefaultAddressTheCustomerHasNot() {
        long id = id(createWithPassword(uniqueEmail()));

        ApiResponse none = api.call("GET", "rest/V1/customers/" + id + "/billingAddress", admin(), null);
        assertThat(none.status()).isEqualTo(200);
        assertThat(none.contentType().replace(" ", "")).isEqualToIgnoringCase("application/json;charset=utf-8");
        assertThat(none.body()).isEqualTo("null");
    }

    @Test
    void readsAndDeletesAnAddress() {
        JsonObject created = createSample(uniqueEmail());
        JsonObject address = created.getJsonArray("addresses").getJsonObject(1);
        int addressId = address.getInt("id");

        assertThat(api.call("GET", "rest/V1/customers/addresses/" + addressId, admin(), null)
                        .object())
                .isEqualTo(address);
        assertThat(api.call("DELETE", "rest/V1/addresses/" + addressId, admin(), null)
                        .body())
                .isEqualTo("true");
        assertError(
                api.call("GET", "rest/V1/customers/addresses/" + addressId, admin(), null),
                404,
                NO_SUCH_ENTITY,
                "fieldName",
                "addressId",
                "fieldValue",
                addressId);
        assertThat(api.call("GET", "rest/V1/customers/" + id(created), admin(), null)
                        .object()
                        .getJsonArray("addresses"))
                .hasSize(1);
    }

    @Test
    void validatesReportsReadonlyAndKeepsEmailsPrivate() {
        JsonObject customer = Json.createObjectBuilder()
                .add(
                        "customer",
                        sampleCustomer(uniqueEmail())
                                .add("group_id", 1)
                                .addNull("firstname")
                                .addNull("lastname"))
                .build();
        JsonObject result = api.call("PUT", "rest/V1/customers/validate", admin(), customer.toString())
                .object();
        assertThat(result.getBoolean("valid")).isFalse();
        assertThat(result.getJsonArray("messages").getValuesAs(JsonString::getString))
                .containsExactly(
                        "The \"First Name\" attribute value is empty. Set the attribute and try again.",
                        "The \"Last Name\" attribute value is empty. Set the attribute and try again.");

        String email = uniqueEmail();
        long id = id(createSample(email));
        assertThat(api.call("GET", "rest/V1/customers/" + id + "/permissions/readonly", admin(), null)
                        .body())
                .isEqualTo("false");
        for (String candidate : List.of(email, "invalid")) {
            assertThat(api.post(
                                    "rest/V1/customers/isEmailAvailable",
                                    Json.createObjectBuilder()
                                            .add("customerEmail", candidate)
                                            .add("websiteId", 1)
                                            .build()
                                            .toString(),
                                    List.of())
                            .body())
                    .isEqualTo("true");
        }
    }

    @Test
    void issuesCustomerTokensLikeMagento() {
        String email = uniqueEmail();
        createWithPassword(email);

        assertThat(api.customerToken(email, "Password1")).matches("[A-Za-z0-9]{32}");
        assertError(api.issueCustomerToken("", email, "Wrong-Passw0rd"), 401, SIGN_IN_INCORRECT);
        assertError(api.issueCustomerToken("", "nobody-" + email, "Password1"), 401, SIGN_IN_INCORRECT);
        assertErrorBody(
                api.post("rest/V1/integration/customer/token", "{\"username\":\"\",\"password\":null}", List.of()),
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

    @Test
    void locksTheAccountAfterTenFailedSignInsEvenForTheRightPassword() {
        String email = uniqueEmail();
        createWithPassword(email);

        for (int i = 0; i < 10; i++) {
            assertError(api.issueCustomerToken("", email, "Wrong-Passw0rd"), 401, SIGN_IN_INCORRECT);
        }

        assertError(api.issueCustomerToken("", email, "Password1"), 401, SIGN_IN_INCORRECT);
    }

    @Test
    void refusesACustomerTokenInAStoreOfAnotherWebsiteAndInTheAdminStore() {
        String email = uniqueEmail();
        createWithPassword(email);
        String token = api.customerToken(email, "Password1");

        assertThat(api.call("GET", "rest/default/V1/customers/me", token, null).status())
                .isEqualTo(200);
        assertError(
                api.call("GET", "rest/fixture_second_store/V1/customers/me", token, null),
                401,
                NOT_AUTHORIZED,
                "resources",
                "self");
        assertError(api.call("GET", "rest/all/V1/customers/me", token, null), 401, NOT_AUTHORIZED, "resources", "self");
    }

    @Test
    void searchesLikeMagentosRepositoryTests() {
        String lastname = "Searchable" + uniqueEmail().substring(7, 13);
        String first = "a" + uniqueEmail();
        String second = "b" + uniqueEmail();
        assertCreated(api.createAccount(request(minimalCustomer(second)
                .add("lastname", lastname)
                .add("extension_attributes", Json.createObjectBuilder().add("is_subscribed", true)))));
        assertCreated(api.createAccount(request(minimalCustomer(first).add("lastname", lastname))));
        String emailFilter = "searchCriteria[filter_groups][0][filters][0][field]=email"
                + "&searchCriteria[filter_groups][0][filters][0][value]=" + first
                + "&searchCriteria[filter_groups][0][filters][1][field]=email"
                + "&searchCriteria[filter_groups][0][filters][1][value]=" + second;
        String sort = "&searchCriteria[sortOrders][0][field]=email&searchCriteria[sortOrders][0][direction]=ASC";

        JsonObject found = api.call(
                        "GET",
                        "rest/V1/customers/search?" + emailFilter
                                + "&searchCriteria[filter_groups][1][filters][0][field]=lastname"
                                + "&searchCriteria[filter_groups][1][filters][0][value]=" + lastname + sort,
                        admin(),
                        null)
                .object();
        assertThat(found.getInt("total_count")).isEqualTo(2);
        assertThat(found.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .map(c -> c.getString("email")))
                .containsExactly(first, second);
        assertThat(found.getJsonArray("items")
                        .getJsonObject(1)
                        .getJsonObject("extension_attributes")
                        .getBoolean("is_subscribed"))
                .isTrue();
        assertThat(found.getJsonObject("search_criteria").getJsonArray("filter_groups"))
                .hasSize(2);

        JsonObject none = api.call(
                        "GET",
                        "rest/V1/customers/search?" + emailFilter
                                + "&searchCriteria[filter_groups][1][filters][0][field]=lastname"
                                + "&searchCriteria[filter_groups][1][filters][0][value]=INVALID",
                        admin(),
                        null)
                .object();
        assertThat(none.getInt("total_count")).isZero();
        assertThat(none.getJsonArray("items")).isEmpty();

        assertError(
                api.call("GET", "rest/V1/customers/search", admin(), null),
                400,
                "\"%fieldName\" is required. Enter and try again.",
                "fieldName",
                "searchCriteria");
    }

    @Test
    void boundsEverySearchPageLikeMagentosInputLimits() {
        String lastname = "Paged" + uniqueEmail().substring(7, 13);
        for (int i = 0; i < 21; i++) {
            assertCreated(
                    api.createAccount(request(minimalCustomer(uniqueEmail()).add("lastname", lastname))));
        }
        String byLastname = "searchCriteria[filter_groups][0][filters][0][field]=lastname"
                + "&searchCriteria[filter_groups][0][filters][0][value]=" + lastname;

        JsonObject firstPage = api.call("GET", "rest/V1/customers/search?" + byLastname, admin(), null)
                .object();
        assertThat(firstPage.getInt("total_count")).isEqualTo(21);
        assertThat(firstPage.getJsonArray("items")).hasSize(20);
        assertThat(firstPage.getJsonObject("search_criteria").getInt("page_size"))
                .isEqualTo(20);
        assertThat(api.call("GET", "rest/V1/customerGroups/search?searchCriteria=", admin(), null)
                        .object()
                        .getJsonObject("search_criteria")
                        .getInt("page_size"))
                .isEqualTo(20);

        for (String search : List.of("rest/V1/customers/search?", "rest/V1/customerGroups/search?")) {
            assertError(
                    api.call("GET", search + "searchCriteria[pageSize]=301", admin(), null),
                    400,
                    "Maximum SearchCriteria pageSize is %max",
                    "max",
                    300);
        }
        assertThat(api.call(
                                "GET",
                                "rest/V1/customers/search?" + byLastname + "&searchCriteria[pageSize]=300",
                                admin(),
                                null)
                        .object()
                        .getJsonArray("items"))
                .hasSize(21);
    }

    @Test
    void refusesAnOverLongGroupCodeInsteadOfTruncatingIt() {
        assertError(
                api.call(
                        "POST",
                        "rest/V1/customerGroups",
                        admin(),
                        Json.createObjectBuilder()
                                .add(
                                        "group",
                                        Json.createObjectBuilder()
                                                .add("code", "G".repeat(33))
                                                .add("tax_class_id", 3))
                                .build()
                                .toString()),
                400,
                "\"code\" length must be equal or less than 32 characters.");
    }

    @Test
    void refusesAnOverLongFieldOnAnUpdateAndKeepsTheCustomerAsItWas() {
        String email = uniqueEmail();
        long id = id(createSample(email));
        JsonObject before =
                api.call("GET", "rest/V1/customers/" + id, admin(), null).object();

        assertError(
                api.call(
                        "PUT",
                        "rest/V1/customers/" + id,
                        admin(),
                        Json.createObjectBuilder()
                                .add(
                                        "customer",
                                        Json.createObjectBuilder()
                                                .add("email", email)
                                                .add("id", id)
                                                .add("taxvat", "1".repeat(51)))
                                .build()
                                .toString()),
                400,
                "\"Tax/VAT Number\" length must be equal or less than 50 characters.");
        assertThat(api.call("GET", "rest/V1/customers/" + id, admin(), null).object())
                .isEqualTo(before);
    }

    @Test
    void answersOverLongCredentialsLikeAnyWrongOnesAndFast() {
        String huge = "u".repeat(400_000);

        assertTimeout(Duration.ofSeconds(10), () -> {
            assertError(
                    api.call(
                            "POST",
                            "rest/V1/integration/admin/token",
                            null,
                            Json.createObjectBuilder()
                                    .add("username", huge)
                                    .add("password", "Password1")
                                    .build()
                                    .toString()),
                    401,
                    SIGN_IN_INCORRECT);
            assertError(api.issueCustomerToken("", huge + "@example.com", huge), 401, SIGN_IN_INCORRECT);
        });
    }

    @Test
    void managesCustomerGroups() {
        assertThat(api.call("GET", "rest/V1/customerGroups/1", admin(), null).object())
                .isEqualTo(Json.createObjectBuilder()
                        .add("id", 1)
                        .add("code", "General")
                        .add("tax_class_id", 3)
                        .add("tax_class_name", "Retail Customer")
                        .build());
        assertThat(api.call("GET", "rest/V1/customerGroups/default", admin(), null)
                        .object()
                        .getInt("id"))
                .isEqualTo(1);
        String code = "VIP " + uniqueEmail().substring(7, 15);
        JsonObject created = api.call(
                        "POST",
                        "rest/V1/customerGroups",
                        admin(),
                        Json.createObjectBuilder()
                                .add(
                                        "group",
                                        Json.createObjectBuilder()
                                                .add("code", code)
                                                .add("tax_class_id", 3))
                                .build()
                                .toString())
                .object();
        int groupId = created.getInt("id");
        assertThat(created.getString("code")).isEqualTo(code);
        assertError(
                api.call(
                        "POST",
                        "rest/V1/customerGroups",
                        admin(),
                        Json.createObjectBuilder()
                                .add("group", Json.createObjectBuilder().add("code", code))
                                .build()
                                .toString()),
                400,
                "Customer Group already exists.");
        assertThat(api.call("DELETE", "rest/V1/customerGroups/" + groupId, admin(), null)
                        .body())
                .isEqualTo("true");
        assertError(
                api.call("GET", "rest/V1/customerGroups/" + groupId, admin(), null),
                404,
                NO_SUCH_ENTITY,
                "fieldName",
                "id",
                "fieldValue",
                groupId);
        assertError(api.call("DELETE", "rest/V1/customerGroups/1", admin(), null), 400, "Cannot delete group.");
        JsonObject wholesale = api.call(
                        "GET",
                        "rest/V1/customerGroups/search?searchCriteria[filter_groups][0]"
                                + "[filters][0][field]=code&searchCriteria[filter_groups][0][filters][0][value]=whole%25"
                                + "&searchCriteria[filter_groups][0][filters][0][condition_type]=like",
                        admin(),
                        null)
                .object();
        assertThat(wholesale.getInt("total_count")).isEqualTo(1);
        assertThat(wholesale.getJsonArray("items").getJsonObject(0).getString("code"))
                .isEqualTo("Wholesale");
        assertError(
                api.call("GET", "rest/V1/customerGroups/1", null, null),
                401,
                NOT_AUTHORIZED,
                "resources",
                "Magento_Customer::group");
    }

    @Test
    void setsTheSystemDefaultGroupThatNewCustomersJoin() {
        int found = api.call("GET", "rest/V1/customerGroups/default", admin(), null)
                .object()
                .getInt("id");
        assertThat(found).as("the default group this test starts from").isNotEqualTo(2);
        try {
            assertThat(api.call("PUT", "rest/V1/customerGroups/default/2", admin(), null)
                            .body())
                    .isEqualTo("2");
            assertThat(api.call("GET", "rest/V1/customerGroups/default", admin(), null)
                            .object()
                            .getInt("id"))
                    .isEqualTo(2);
            assertThat(createWithPassword(uniqueEmail()).getInt("group_id")).isEqualTo(2);
            assertError(
                    api.call("PUT", "rest/V1/customerGroups/default/999", admin(), null),
                    404,
                    NO_SUCH_ENTITY,
                    "fieldName",
                    "id",
                    "fieldValue",
                    999);
        } finally {
            // a stored setting: put back what the test found, whatever happened
            api.call("PUT", "rest/V1/customerGroups/default/" + found, admin(), null);
        }
        assertThat(createWithPassword(uniqueEmail()).getInt("group_id")).isEqualTo(found);
    }

    @Test
    void listsStoresAndCountriesWithMagentosRegionIds() {
        assertThat(api
                        .call("GET", "rest/V1/store/websites", admin(), null)
                        .json()
                        .asJsonArray()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .map(w -> w.getString("code")))
                .containsExactly("admin", "base", "second");
        assertThat(api.call("GET", "rest/V1/store/storeViews", admin(), null)
                        .json()
                        .asJsonArray())
                .hasSize(3);
        JsonObject us =
                api.call("GET", "rest/V1/directory/countries/US", null, null).object();
        assertThat(us.getString("three_letter_abbreviation")).isEqualTo("USA");
        assertThat(us.getJsonArray("available_regions").getValuesAs(JsonObject.class))
                .anySatisfy(r -> assertThat(r)
                        .isEqualTo(Json.createObjectBuilder()
                                .add("id", "43")
                                .add("code", "NY")
                                .add("name", "New York")
                                .build()));
        assertThat(api.call("GET", "rest/V1/directory/countries", null, null)
                        .json()
                        .asJsonArray()
                        .size())
                .isGreaterThan(200);
        assertError(api.call("GET", "rest/V1/directory/countries/XX", null, null), 404, "The country isn't available.");
    }

    private String admin() {
        return api.adminToken();
    }

    private JsonObject createSample(String email) {
        return assertCreated(api.createAccountAsAdmin("", request(sampleCustomer(email), PASSWORD)));
    }

    private JsonObject createWithPassword(String email) {
        return assertCreated(api.createAccount(request(minimalCustomer(email), "Password1")));
    }

    private static String body(String key, int value) {
        return Json.createObjectBuilder()
                .add("customer", Json.createObjectBuilder().add(key, value))
                .build()
                .toString();
    }

    private static String body(String key, String value) {
        return Json.createObjectBuilder()
                .add("customer", Json.createObjectBuilder().add(key, value))
                .build()
                .toString();
    }

    private static long id(JsonObject customer) {
        return customer.getJsonNumber("id").longValue();
    }

    private static JsonObject withoutUpdatedAt(JsonObject customer) {
        return Json.createObjectBuilder(customer).remove("updated_at").build();
    }
}
