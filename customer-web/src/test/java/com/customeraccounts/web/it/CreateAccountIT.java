package com.customeraccounts.web.it;

import static com.customeraccounts.web.it.MagentoAssertions.assertCreated;
import static com.customeraccounts.web.it.MagentoAssertions.assertError;
import static com.customeraccounts.web.it.SampleCustomers.PASSWORD;
import static com.customeraccounts.web.it.SampleCustomers.minimalCustomer;
import static com.customeraccounts.web.it.SampleCustomers.request;
import static com.customeraccounts.web.it.SampleCustomers.sampleCustomer;
import static com.customeraccounts.web.it.SampleCustomers.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code POST /V1/customers} when it succeeds: what is created and how Magento shapes the answer. */
class CreateAccountIT extends SystemTest {

    @Test
    void createsMagentosSampleCustomerWithItsAddresses() {
        String email = uniqueEmail();
        JsonObject customer = assertCreated(api.createAccountAsAdmin("", request(sampleCustomer(email), PASSWORD)));

        assertThat(customer.getString("email")).isEqualTo(email);
        assertThat(customer.getInt("group_id")).isEqualTo(1);
        assertThat(customer.getString("created_in")).isEqualTo("Default Store View");
        assertThat(customer.getString("dob")).isEqualTo("1970-01-01");
        assertThat(customer.getInt("store_id")).isEqualTo(1);
        assertThat(customer.getInt("website_id")).isEqualTo(1);
        assertThat(customer.getInt("disable_auto_group_change")).isZero();
        assertThat(customer.getJsonObject("extension_attributes").getBoolean("is_subscribed"))
                .isFalse();
        JsonArray addresses = customer.getJsonArray("addresses");
        assertThat(addresses).hasSize(2);
        JsonObject first = addresses.getJsonObject(0);
        assertThat(customer.getString("default_billing"))
                .isEqualTo(String.valueOf(first.getJsonNumber("id").longValue()));
        assertThat(customer.getString("default_shipping")).isEqualTo(customer.getString("default_billing"));
        assertThat(first.getJsonObject("region"))
                .isEqualTo(Json.createObjectBuilder()
                        .add("region_code", "AL")
                        .add("region", "Alabama")
                        .add("region_id", 1)
                        .build());
        assertThat(first.getBoolean("default_billing")).isTrue();
        assertThat(first.getBoolean("default_shipping")).isTrue();
        assertThat(first.getJsonNumber("customer_id")).isEqualTo(customer.getJsonNumber("id"));
        JsonObject second = addresses.getJsonObject(1);
        assertThat(second.getJsonArray("street").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("Black str, 48", "Building D");
        assertThat(second.containsKey("default_billing")).isFalse();
        assertThat(customer.keySet()).doesNotContain("password", "password_hash", "confirmation", "rp_token");
    }

    @Test
    void answersInMagentosKeyOrderWithAbsentValuesLeftOut() {
        JsonObject body = Json.createObjectBuilder()
                .add(
                        "customer",
                        minimalCustomer(uniqueEmail())
                                .add(
                                        "addresses",
                                        Json.createArrayBuilder()
                                                .add(newYorkAddress()
                                                        .add("default_billing", true)
                                                        .add("default_shipping", true))))
                .add("password", "Password1")
                .build();
        JsonObject customer = assertCreated(api.createAccount(body));

        assertThat(new ArrayList<>(customer.keySet()))
                .containsExactly(
                        "id",
                        "group_id",
                        "default_billing",
                        "default_shipping",
                        "created_at",
                        "updated_at",
                        "created_in",
                        "email",
                        "firstname",
                        "lastname",
                        "store_id",
                        "website_id",
                        "addresses",
                        "disable_auto_group_change",
                        "extension_attributes");
        assertThat(new ArrayList<>(
                        customer.getJsonArray("addresses").getJsonObject(0).keySet()))
                .containsExactly(
                        "id",
                        "customer_id",
                        "region",
                        "region_id",
                        "country_id",
                        "street",
                        "telephone",
                        "postcode",
                        "city",
                        "firstname",
                        "lastname",
                        "default_shipping",
                        "default_billing");
        assertThat(customer.getString("created_at")).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
    }

    @Test
    void resolvesRegionId43AsNewYork() {
        JsonObject body = request(minimalCustomer(uniqueEmail())
                .add("addresses", Json.createArrayBuilder().add(newYorkAddress().add("region_id", 43))));
        JsonObject address =
                assertCreated(api.createAccount(body)).getJsonArray("addresses").getJsonObject(0);

        assertThat(address.getJsonObject("region"))
                .isEqualTo(Json.createObjectBuilder()
                        .add("region_code", "NY")
                        .add("region", "New York")
                        .add("region_id", 43)
                        .build());
        assertThat(address.getInt("region_id")).isEqualTo(43);
    }

    @Test
    void putsTheDefaultShippingAddressFirst() {
        JsonObject body = request(minimalCustomer(uniqueEmail())
                .add(
                        "addresses",
                        Json.createArrayBuilder()
                                .add(newYorkAddress()
                                        .add("city", "Billing Town")
                                        .add("default_billing", true))
                                .add(newYorkAddress()
                                        .add("city", "Shipping Town")
                                        .add("default_shipping", true))));
        JsonObject customer = assertCreated(api.createAccount(body));

        JsonArray addresses = customer.getJsonArray("addresses");
        assertThat(addresses.getJsonObject(0).getString("city")).isEqualTo("Shipping Town");
        assertThat(customer.getString("default_shipping"))
                .isEqualTo(String.valueOf(
                        addresses.getJsonObject(0).getJsonNumber("id").longValue()));
        assertThat(customer.getString("default_billing"))
                .isEqualTo(String.valueOf(
                        addresses.getJsonObject(1).getJsonNumber("id").longValue()));
    }

    @Test
    void createsWithoutStoreAndWebsiteUnderStoreCodeAll() {
        JsonObjectBuilder customer = sampleCustomer(uniqueEmail());
        customer.remove("store_id");
        customer.remove("website_id");
        JsonObject created = assertCreated(api.createAccountAsAdmin("all/", request(customer, PASSWORD)));

        assertThat(created.getInt("store_id")).isEqualTo(1);
        assertThat(created.getInt("website_id")).isEqualTo(1);
    }

    @Test
    void placesACustomerInTheWebsiteItNames() {
        JsonObject created = assertCreated(
                api.createAccount(request(minimalCustomer(uniqueEmail()).add("website_id", 2))));

        assertThat(created.getInt("website_id")).isEqualTo(2);
        assertThat(created.getInt("store_id")).isEqualTo(2);
        assertThat(created.getString("created_in")).isEqualTo("Second Store View");
    }

    @Test
    void acceptsTheSameEmailInAnotherWebsite() {
        String email = uniqueEmail();
        assertCreated(api.createAccount(request(minimalCustomer(email))));
        assertCreated(
                api.createAccount(request(minimalCustomer(email.toUpperCase()).add("website_id", 2))));
    }

    @Test
    void createsAnAccountWithoutAPassword() {
        assertCreated(api.createAccount(request(minimalCustomer(uniqueEmail()))));
    }

    @Test
    void letsAnAdminChooseAnExistingGroup() {
        JsonObject created = assertCreated(api.createAccountAsAdmin(
                "", request(minimalCustomer(uniqueEmail()).add("group_id", 3))));

        assertThat(created.getInt("group_id")).isEqualTo(3);
    }

    @Test
    void refusesAGroupFromAGuestOrAnUnknownToken() {
        JsonObject body = request(minimalCustomer(uniqueEmail()).add("group_id", 0));

        assertError(
                api.createAccount(body),
                401,
                "The consumer isn't authorized to access %resources.",
                "resources",
                "Magento_Customer::manage");
        assertError(
                api.createAccountWithToken("not-a-token", body),
                401,
                "The consumer isn't authorized to access %resources.",
                "resources",
                "Magento_Customer::manage");
    }

    @Test
    void rejectsAGroupThatDoesNotExist() {
        JsonObjectBuilder customer = sampleCustomer(uniqueEmail()).add("group_id", 777);

        assertError(
                api.createAccountAsAdmin("", request(customer)),
                400,
                "The specified customer group id does not exist.");
    }

    @Test
    void echoesNamesThatMagentoAccepts() {
        for (String[] name : List.of(
                new String[] {"Anne-Marie", "D'Artagnan"},
                new String[] {"Guðmundsdóttir", "María José Carreño Quiñones"},
                new String[] {"Q. Public", "Elizabeth II"},
                new String[] {"X Æ A-12 Musk", "O’Toole"})) {
            JsonObject created = assertCreated(api.createAccount(request(Json.createObjectBuilder()
                    .add("email", uniqueEmail())
                    .add("firstname", name[0])
                    .add("lastname", name[1]))));
            assertThat(created.getString("firstname")).isEqualTo(name[0]);
            assertThat(created.getString("lastname")).isEqualTo(name[1]);
        }
    }

    @Test
    void echoesNamesOf255MultibyteCharacters() {
        String devanagari = "\u0915".repeat(255);
        String arabic = "\u0639".repeat(255);
        JsonObject created = assertCreated(api.createAccount(request(Json.createObjectBuilder()
                .add("email", uniqueEmail())
                .add("firstname", devanagari)
                .add("lastname", arabic))));

        assertThat(created.getString("firstname")).isEqualTo(devanagari);
        assertThat(created.getString("lastname")).isEqualTo(arabic);
    }

    @Test
    void returnsTheNewsletterSubscription() {
        JsonObject created = assertCreated(api.createAccount(request(minimalCustomer(uniqueEmail())
                .add("extension_attributes", Json.createObjectBuilder().add("is_subscribed", true)))));

        assertThat(created.getJsonObject("extension_attributes").getBoolean("is_subscribed"))
                .isTrue();
    }

    @Test
    void neverReturnsAConfirmationKeyAndIgnoresCreatedIn() {
        JsonObject created = assertCreated(api.createAccount(request(minimalCustomer(uniqueEmail())
                .add("confirmation", "a4fg7h893e39d")
                .add("created_in", "Store Name"))));

        assertThat(created.containsKey("confirmation")).isFalse();
        assertThat(created.getString("created_in")).isEqualTo("Default Store View");
    }

    @Test
    void readsNumericStringsAndIgnoresUnknownTopLevelKeys() {
        JsonObject body = Json.createObjectBuilder()
                .add(
                        "customer",
                        minimalCustomer(uniqueEmail()).add("website_id", "2").add("gender", "2"))
                .add("redirect_url", "https://shop.example.com/welcome")
                .add("somethingElse", Json.createObjectBuilder().add("x", 1))
                .build();
        JsonObject created = assertCreated(api.createAccount(body));

        assertThat(created.getInt("website_id")).isEqualTo(2);
        assertThat(created.getInt("gender")).isEqualTo(2);
    }

    @Test
    void skipsAnAddressWhoseCountryIsNotAllowed() {
        JsonObject body = request(minimalCustomer(uniqueEmail())
                .add(
                        "addresses",
                        Json.createArrayBuilder()
                                .add(newYorkAddress().add("country_id", "XX"))
                                .add(newYorkAddress())));

        assertThat(assertCreated(api.createAccount(body)).getJsonArray("addresses"))
                .hasSize(1);
    }

    @Test
    void acceptsCitiesThatMagentos248RegressionRejected() {
        for (String city : List.of("St. Albans", "29 Palms", "Brighton & Hove", "25 de Mayo", "Winston-Salem (NC)")) {
            JsonObject body = request(minimalCustomer(uniqueEmail())
                    .add(
                            "addresses",
                            Json.createArrayBuilder().add(newYorkAddress().add("city", city))));
            assertThat(assertCreated(api.createAccount(body))
                            .getJsonArray("addresses")
                            .getJsonObject(0)
                            .getString("city"))
                    .isEqualTo(city);
        }
    }

    @Test
    void keepsAFreeTextRegionForACountryWithoutARegionList() {
        JsonObject body = request(minimalCustomer(uniqueEmail())
                .add(
                        "addresses",
                        Json.createArrayBuilder()
                                .add(newYorkAddress()
                                        .add("country_id", "GB")
                                        .remove("region_id")
                                        .add(
                                                "region",
                                                Json.createObjectBuilder().add("region", "Kent")))));
        JsonObject address =
                assertCreated(api.createAccount(body)).getJsonArray("addresses").getJsonObject(0);

        assertThat(address.getJsonObject("region").getString("region")).isEqualTo("Kent");
        assertThat(address.getInt("region_id")).isZero();
    }

    /**
     * The PostgreSQL pass proves it runs on PostgreSQL: the account is read back from the embedded PostgreSQL
     * the service was given, and no H2 database exists; a service that fell back to H2 fails it. The H2 pass
     * shows its own H2 file.
     */
    @Test
    void storesTheAccountInTheDatabaseOfThisPass() throws SQLException {
        String email = uniqueEmail();
        long id = assertCreated(api.createAccount(request(minimalCustomer(email))))
                .getJsonNumber("id")
                .longValue();

        if (TestServer.onPostgres()) {
            assertThat(TestServer.h2DatabaseFile())
                    .as("an H2 database beside PostgreSQL")
                    .doesNotExist();
            try (Connection connection = TestServer.postgresDatabase().getConnection();
                    PreparedStatement query = connection.prepareStatement(
                            "SELECT email, website_id FROM customer_entity WHERE entity_id = ?")) {
                query.setLong(1, id);
                try (ResultSet row = query.executeQuery()) {
                    assertThat(row.next())
                            .as("customer %d in the embedded PostgreSQL", id)
                            .isTrue();
                    assertThat(row.getString("email")).isEqualTo(email);
                    assertThat(row.getInt("website_id")).isEqualTo(1);
                }
            }
        } else {
            assertThat(TestServer.h2DatabaseFile())
                    .as("the embedded H2 database")
                    .isRegularFile();
        }
    }

    static JsonObjectBuilder newYorkAddress() {
        return Json.createObjectBuilder()
                .add("firstname", "Jane")
                .add("lastname", "Doe")
                .add("street", Json.createArrayBuilder().add("123 Oak Ave"))
                .add("city", "Purchase")
                .add(
                        "region",
                        Json.createObjectBuilder()
                                .add("region_code", "NY")
                                .add("region", "New York")
                                .add("region_id", 43))
                .add("region_id", 43)
                .add("postcode", "10577")
                .add("country_id", "US")
                .add("telephone", "512-555-1111");
    }
}
