package com.customeraccounts.web.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.UUID;

/** Request bodies shaped like Magento's own functional-test fixtures. */
public final class SampleCustomers {

    public static final String PASSWORD = "test@123";

    private SampleCustomers() {}

    public static String uniqueEmail() {
        return "janedoe" + UUID.randomUUID().toString().replace("-", "").substring(0, 13) + "@example.com";
    }

    /** Magento's {@code createSampleCustomerDataObject}: Jane A Doe with two Alabama addresses. */
    public static JsonObjectBuilder sampleCustomer(String email) {
        return Json.createObjectBuilder()
                .add("email", email)
                .add("firstname", "Jane")
                .add("lastname", "Doe")
                .add("middlename", "A")
                .add("prefix", "Mr.")
                .add("suffix", "Esq.")
                .add("dob", "1970-01-01")
                .add("gender", 1)
                .add("taxvat", "12")
                .add("store_id", 1)
                .add("website_id", 1)
                .add(
                        "addresses",
                        Json.createArrayBuilder()
                                .add(alabamaAddress("Green str, 67", "CityM", "75477")
                                        .add("default_billing", true)
                                        .add("default_shipping", true))
                                .add(alabamaAddress("Black str, 48", "CityX", "47676")
                                        .add(
                                                "street",
                                                Json.createArrayBuilder()
                                                        .add("Black str, 48")
                                                        .add("Building D"))));
    }

    public static JsonObjectBuilder alabamaAddress(String street, String city, String postcode) {
        return Json.createObjectBuilder()
                .add("firstname", "John")
                .add("lastname", "Smith")
                .add("street", Json.createArrayBuilder().add(street))
                .add("city", city)
                .add("postcode", postcode)
                .add("telephone", "3468676")
                .add("country_id", "US")
                .add("region_id", 1)
                .add("company", "CompanyName");
    }

    /** Only what Magento requires. */
    public static JsonObjectBuilder minimalCustomer(String email) {
        return Json.createObjectBuilder()
                .add("email", email)
                .add("firstname", "Jane")
                .add("lastname", "Doe");
    }

    public static JsonObject request(JsonObjectBuilder customer) {
        return Json.createObjectBuilder().add("customer", customer).build();
    }

    public static JsonObject request(JsonObjectBuilder customer, String password) {
        return Json.createObjectBuilder()
                .add("customer", customer)
                .add("password", password)
                .build();
    }

    public static JsonArrayBuilder addresses(JsonObjectBuilder... addresses) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (JsonObjectBuilder address : addresses) {
            list.add(address);
        }
        return list;
    }
}
