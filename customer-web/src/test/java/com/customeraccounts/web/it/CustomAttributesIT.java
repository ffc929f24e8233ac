package com.customeraccounts.web.it;

import static com.customeraccounts.web.it.MagentoAssertions.assertError;
import static com.customeraccounts.web.it.SampleCustomers.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shop's declared attributes ({@code it-attributes.json}) through the deployed WAR: stored, validated with
 * Magento's messages and returned in Magento's {@code custom_attributes} shape on create, update, {@code /me},
 * search and the address routes; an undeclared code dropped as Magento drops it.
 */
class CustomAttributesIT extends SystemTest {

    private static final String PASSWORD = "Attr1butes-Passw0rd";

    @Test
    void aCustomerCreatedWithEveryInputTypeGetsItsValuesBackInMagentosShapeEverywhere() {
        String email = uniqueEmail();
        JsonObject created = create(
                email,
                attributes(
                        "erp_number", "ERP4711",
                        "heard_from", "friend",
                        "interests", "tea,cocoa",
                        "b2b", "1",
                        "contract_start", "2024-02-29",
                        "notes", "Deliver after 5 pm.\nRing twice.",
                        "homepage", "https://shop.example.com/about",
                        "invoice_email", "invoices@example.com",
                        "rp_token", "not-an-attribute-of-the-shop",
                        "loyalty_id", "undeclared"),
                null);

        JsonArray expected = Json.createReader(new java.io.StringReader("["
                        + "{\"attribute_code\":\"b2b\",\"value\":\"1\"},"
                        + "{\"attribute_code\":\"contract_start\",\"value\":\"2024-02-29 00:00:00\"},"
                        + "{\"attribute_code\":\"erp_number\",\"value\":\"ERP4711\"},"
                        + "{\"attribute_code\":\"heard_from\",\"value\":\"friend\"},"
                        + "{\"attribute_code\":\"homepage\",\"value\":\"https://shop.example.com/about\"},"
                        + "{\"attribute_code\":\"interests\",\"value\":\"tea,cocoa\"},"
                        + "{\"attribute_code\":\"invoice_email\",\"value\":\"invoices@example.com\"},"
                        + "{\"attribute_code\":\"notes\",\"value\":\"Deliver after 5 pm.\\nRing twice.\"}]"))
                .readArray();
        assertThat(created.getJsonArray("custom_attributes")).isEqualTo(expected);
        List<String> keys = new ArrayList<>(created.keySet());
        assertThat(keys.subList(keys.size() - 2, keys.size()))
                .as("custom_attributes follows extension_attributes, as in Magento's answer")
                .containsExactly("extension_attributes", "custom_attributes");

        long id = created.getJsonNumber("id").longValue();
        assertThat(admin("GET", "rest/V1/customers/" + id, null).object().getJsonArray("custom_attributes"))
                .isEqualTo(expected);
        String token = api.customerToken(email, PASSWORD);
        assertThat(api.call("GET", "rest/V1/customers/me", token, null).object().getJsonArray("custom_attributes"))
                .isEqualTo(expected);
        JsonObject found = admin("GET", "rest/V1/customers/search?" + filter("email", email, "eq"), null)
                .object();
        assertThat(found.getJsonArray("items").getJsonObject(0).getJsonArray("custom_attributes"))
                .isEqualTo(expected);
    }

    @Test
    void aCustomerWithoutValuesHasNoCustomAttributesKey() {
        JsonObject created = create(uniqueEmail(), Json.createArrayBuilder(), null);

        assertThat(created).doesNotContainKey("custom_attributes");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            erp_number     | ERP-1               | "ERP number" contains non-alphabetic or non-numeric characters.
            erp_number     | E1                  | "ERP number" length must be equal or greater than 4 characters.
            erp_number     | ERP1234567890       | "ERP number" length must be equal or less than 12 characters.
            heard_from     | tv                  | Attribute heard_from does not contain option with Id tv
            interests      | tea,wine            | Attribute interests does not contain option with Id wine
            b2b            | 7                   | Attribute b2b does not contain option with Id 7
            b2b            | yes                 | Error occurred during "custom_attributes" processing. Attribute "b2b" has invalid value. The "yes" value's type is invalid. The "int" type was expected. Verify and try again.
            contract_start | 2019-12-31          | Please enter a valid date between 01/01/2020 and 31/12/2030 at Contract start.
            contract_start | some day            | Invalid date
            homepage       | shop.example.com    | "Home page" is not a valid URL.
            invoice_email  | invoices.example.com | "Invoice email" is not a valid email address.
            """)
    void aValueThatBreaksItsRuleIsMagentosMessageAndNothingIsStored(String code, String value, String message) {
        String email = uniqueEmail();

        ApiResponse answer = api.createAccount(account(email, attributes(code, value), null));

        assertError(answer, 400, message);
        assertThat(searchTotal("email", email)).isZero();
    }

    @Test
    void everyBrokenRuleIsReportedAtOnceInDeclarationOrder() {
        ApiResponse answer =
                api.createAccount(account(uniqueEmail(), attributes("interests", "wine", "erp_number", "E-"), null));

        assertError(
                answer,
                400,
                "\"ERP number\" length must be equal or greater than 4 characters.\n"
                        + "\"ERP number\" contains non-alphabetic or non-numeric characters.\n"
                        + "Attribute interests does not contain option with Id wine");
    }

    @Test
    void aListWhereADeclaredAttributeTakesTextIsATypeError() {
        JsonArrayBuilder list = Json.createArrayBuilder()
                .add(Json.createObjectBuilder()
                        .add("attribute_code", "interests")
                        .add("value", Json.createArrayBuilder().add("tea")));

        assertError(
                api.createAccount(account(uniqueEmail(), list, null)),
                400,
                "Error occurred during \"custom_attributes\" processing. Attribute \"interests\" has invalid value. "
                        + "The \"array\" value's type is invalid. The \"string\" type was expected. Verify and try "
                        + "again.");
    }

    @Test
    void anAdminsUpdateChangesTheSentValuesKeepsTheOthersAndAnEmptyValueRemovesOne() {
        JsonObject created =
                create(uniqueEmail(), attributes("erp_number", "ERP1", "heard_from", "radio", "notes", "first"), null);
        long id = created.getJsonNumber("id").longValue();

        ApiResponse updated = admin(
                "PUT",
                "rest/V1/customers/" + id,
                Json.createObjectBuilder()
                        .add(
                                "customer",
                                Json.createObjectBuilder()
                                        .add("custom_attributes", attributes("heard_from", "friend", "notes", "")))
                        .build()
                        .toString());

        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(values(admin("GET", "rest/V1/customers/" + id, null).object()))
                .containsExactly("erp_number=ERP1", "heard_from=friend");
        JsonObject change = admin("GET", "rest/V1/customers/" + id + "/audit", null)
                .object()
                .getJsonArray("items")
                .getJsonObject(0);
        assertThat(change.getString("event")).isEqualTo("updated");
        assertThat(change.getJsonArray("fields"))
                .extracting(field -> ((jakarta.json.JsonString) field).getString())
                .containsExactly("custom_attributes.heard_from", "custom_attributes.notes");
    }

    @Test
    void aRefusedUpdateChangesNothing() {
        JsonObject created = create(uniqueEmail(), attributes("erp_number", "ERP1"), null);
        long id = created.getJsonNumber("id").longValue();

        ApiResponse refused = admin(
                "PUT",
                "rest/V1/customers/" + id,
                Json.createObjectBuilder()
                        .add(
                                "customer",
                                Json.createObjectBuilder()
                                        .add("lastname", "Changed")
                                        .add("custom_attributes", attributes("erp_number", "ERP2", "b2b", "2")))
                        .build()
                        .toString());

        assertError(refused, 400, "Attribute b2b does not contain option with Id 2");
        JsonObject stored = admin("GET", "rest/V1/customers/" + id, null).object();
        assertThat(values(stored)).containsExactly("erp_number=ERP1");
        assertThat(stored.getString("lastname")).isEqualTo("Doe");
    }

    @Test
    void theCustomerSavesItsOwnValuesThroughMe() {
        String email = uniqueEmail();
        create(email, attributes("erp_number", "ERP1"), null);
        String token = api.customerToken(email, PASSWORD);
        JsonObject me = api.call("GET", "rest/V1/customers/me", token, null).object();
        JsonObjectBuilder changed = Json.createObjectBuilder(me).add("custom_attributes", attributes("b2b", "0"));

        ApiResponse saved = api.call(
                "PUT",
                "rest/V1/customers/me",
                token,
                Json.createObjectBuilder().add("customer", changed).build().toString());

        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(values(saved.object())).containsExactly("b2b=0", "erp_number=ERP1");
    }

    @Test
    void anAddressKeepsItsValuesThroughUpdatesAndItsOwnRoute() {
        JsonObject address = address("1234");
        JsonObject created = create(uniqueEmail(), Json.createArrayBuilder(), address);
        long id = created.getJsonNumber("id").longValue();
        JsonObject stored = created.getJsonArray("addresses").getJsonObject(0);
        assertThat(values(stored)).containsExactly("door_code=1234");
        long addressId = stored.getJsonNumber("id").longValue();

        assertThat(values(admin("GET", "rest/V1/customers/addresses/" + addressId, null)
                        .object()))
                .containsExactly("door_code=1234");
        JsonObject sameAddressNoValues = Json.createObjectBuilder(stored)
                .remove("custom_attributes")
                .add("city", "Albany")
                .build();
        JsonObject updated = admin(
                        "PUT",
                        "rest/V1/customers/" + id,
                        Json.createObjectBuilder()
                                .add(
                                        "customer",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "addresses",
                                                        Json.createArrayBuilder()
                                                                .add(sameAddressNoValues)))
                                .build()
                                .toString())
                .object();
        assertThat(values(updated.getJsonArray("addresses").getJsonObject(0)))
                .as("an address sent without custom_attributes keeps its values")
                .containsExactly("door_code=1234");

        assertError(
                api.createAccount(account(uniqueEmail(), Json.createArrayBuilder(), address("12a"))),
                400,
                "\"Door code\" contains non-numeric characters.");
    }

    @Test
    void aSearchFiltersAndSortsOnADeclaredAttribute() {
        String marker = "S" + Long.toString(System.nanoTime(), 36).toUpperCase(java.util.Locale.ROOT);
        List<Long> ids = new ArrayList<>();
        for (String suffix : List.of("C", "A", "B")) {
            ids.add(create(uniqueEmail(), attributes("erp_number", marker + suffix), null)
                    .getJsonNumber("id")
                    .longValue());
        }

        JsonObject ascending = admin(
                        "GET",
                        "rest/V1/customers/search?" + filter("erp_number", marker.toLowerCase() + "%", "like")
                                + "&searchCriteria[sortOrders][0][field]=erp_number"
                                + "&searchCriteria[sortOrders][0][direction]=ASC",
                        null)
                .object();
        JsonObject exact = admin("GET", "rest/V1/customers/search?" + filter("erp_number", marker + "B", "eq"), null)
                .object();

        assertThat(ascending.getInt("total_count")).isEqualTo(3);
        assertThat(ascending.getJsonArray("items"))
                .extracting(item -> item.asJsonObject().getJsonNumber("id").longValue())
                .containsExactly(ids.get(1), ids.get(2), ids.get(0));
        assertThat(exact.getJsonArray("items"))
                .extracting(item -> item.asJsonObject().getJsonNumber("id").longValue())
                .containsExactly(ids.get(2));
    }

    private JsonObject create(String email, JsonArrayBuilder attributes, JsonObject address) {
        ApiResponse answer = api.createAccount(account(email, attributes, address));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.object();
    }

    private static JsonObject account(String email, JsonArrayBuilder attributes, JsonObject address) {
        JsonObjectBuilder customer = Json.createObjectBuilder()
                .add("email", email)
                .add("firstname", "Jane")
                .add("lastname", "Doe")
                .add("custom_attributes", attributes);
        if (address != null) {
            customer.add("addresses", Json.createArrayBuilder().add(address));
        }
        return Json.createObjectBuilder()
                .add("customer", customer)
                .add("password", PASSWORD)
                .build();
    }

    private static JsonObject address(String doorCode) {
        return Json.createObjectBuilder()
                .add("firstname", "Jane")
                .add("lastname", "Doe")
                .add("street", Json.createArrayBuilder().add("1 Main Street"))
                .add("city", "New York")
                .add("region_id", 43)
                .add("postcode", "10001")
                .add("country_id", "US")
                .add("telephone", "555-0100")
                .add("custom_attributes", attributes("door_code", doorCode))
                .build();
    }

    /** {@code custom_attributes} from code and value pairs. */
    private static JsonArrayBuilder attributes(String... codesAndValues) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (int i = 0; i < codesAndValues.length; i += 2) {
            list.add(Json.createObjectBuilder()
                    .add("attribute_code", codesAndValues[i])
                    .add("value", codesAndValues[i + 1]));
        }
        return list;
    }

    private static List<String> values(JsonObject customerOrAddress) {
        JsonArray list = customerOrAddress.getJsonArray("custom_attributes");
        if (list == null) {
            return List.of();
        }
        return list.stream()
                .map(JsonValue::asJsonObject)
                .map(a -> a.getString("attribute_code") + "=" + a.getString("value"))
                .toList();
    }

    private ApiResponse admin(String method, String path, String body) {
        return api.call(method, path, api.adminToken(), body);
    }

    private long searchTotal(String field, String value) {
        return admin("GET", "rest/V1/customers/search?" + filter(field, value, "eq"), null)
                .object()
                .getJsonNumber("total_count")
                .longValue();
    }

    private static String filter(String field, String value, String condition) {
        return "searchCriteria[filterGroups][0][filters][0][field]=" + field
                + "&searchCriteria[filterGroups][0][filters][0][value]="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)
                + "&searchCriteria[filterGroups][0][filters][0][condition_type]=" + condition;
    }
}
