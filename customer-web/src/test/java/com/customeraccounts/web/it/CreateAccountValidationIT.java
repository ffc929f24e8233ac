package com.customeraccounts.web.it;

import static com.customeraccounts.web.it.CreateAccountIT.newYorkAddress;
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
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every create rule of Magento's contract (§3.2, §3.3, §4.4): the exact message, status and parameters. */
class CreateAccountValidationIT extends SystemTest {

    private static final String REQUIRED = "\"%fieldName\" is required. Enter and try again.";
    private static final String INVALID_VALUE = "Invalid value of \"%value\" provided for the %fieldName field.";
    private static final String DUPLICATE =
            "A customer with the same email address already exists in an associated website.";

    @Test
    void requiresTheCustomerObject() {
        assertError(
                api.createAccount(
                        Json.createObjectBuilder().add("password", "Password1").build()),
                400,
                REQUIRED,
                "fieldName",
                "customer");
    }

    @Test
    void requiresAnEmail() {
        assertError(
                api.createAccount(request(
                        Json.createObjectBuilder().add("firstname", "Jane").add("lastname", "Doe"))),
                400,
                "The email address is required to create a customer account.");
        assertError(
                api.createAccount(request(minimalCustomer(""))),
                400,
                "The customer email is missing. Enter and try again.");
    }

    @Test
    void rejectsAnInvalidEmailWithMagentosExactBody() {
        assertError(
                api.createAccountAsAdmin("", request(sampleCustomer("invalid"), PASSWORD)),
                400,
                "\"Email\" is not a valid email address.");
    }

    @Test
    void explainsAnInvalidHostname() {
        assertError(
                api.createAccount(request(minimalCustomer("john@localhost"))),
                400,
                "\"Email\" is not a valid hostname.\n"
                        + "'localhost' does not match the expected structure for a DNS hostname\n"
                        + "'localhost' looks like a local network name, which is not an acceptable format.");
        assertError(
                api.createAccount(request(minimalCustomer("john doe@example.com"))),
                400,
                "\"Email\" is not a valid email address.");
    }

    @Test
    void rejectsATooLongEmail() {
        assertError(
                api.createAccount(request(minimalCustomer("a".repeat(65) + "@example.com"))),
                400,
                "\"Email\" uses too many characters.");
    }

    @Test
    void rejectsADuplicateEmailWhateverItsCase() {
        String email = uniqueEmail();
        assertCreated(api.createAccount(request(minimalCustomer(email))));

        assertError(api.createAccount(request(minimalCustomer(email))), 400, DUPLICATE);
        assertError(api.createAccount(request(minimalCustomer(email.toUpperCase()))), 400, DUPLICATE);
    }

    @Test
    void reportsEveryMissingNameTogether() {
        assertError(
                api.createAccount(request(Json.createObjectBuilder()
                        .add("email", "invalid")
                        .add("firstname", "")
                        .add("lastname", ""))),
                400,
                "\"First Name\" is a required value.\n\"Last Name\" is a required value.\n"
                        + "\"Email\" is not a valid email address.");
    }

    @Test
    void rejectsInvalidNamesLikeMagentosTests() {
        assertError(
                api.createAccount(request(minimalCustomer(uniqueEmail()).add("firstname", "Jane ☺ "))),
                400,
                "First Name is not valid!");
        assertError(
                api.createAccount(request(minimalCustomer(uniqueEmail()).add("lastname", "☏ - Doe"))),
                400,
                "Last Name is not valid!");
        assertError(
                api.createAccount(request(minimalCustomer(uniqueEmail()).add("middlename", "⚐ $(date)"))),
                400,
                "Middle Name is not valid!");
        assertError(
                api.createAccount(request(minimalCustomer(uniqueEmail()).add("firstname", "\u0915".repeat(260)))),
                400,
                "First Name is not valid!");
        assertError(
                api.createAccount(request(minimalCustomer(uniqueEmail()).add("lastname", "\u0639".repeat(265)))),
                400,
                "Last Name is not valid!");
    }

    @Test
    void rejectsANameMadeOnlyOfDisallowedCharactersUnlikeMagento() {
        assertError(
                api.createAccount(request(minimalCustomer(uniqueEmail()).add("firstname", "☺"))),
                400,
                "First Name is not valid!");
        assertError(
                api.createAccount(request(minimalCustomer(uniqueEmail())
                        .add("firstname", "{{var this}}")
                        .add("lastname", "$$$"))),
                400,
                "First Name is not valid!\nLast Name is not valid!");
    }

    @Test
    void rejectsAnUnreadableOrFutureDateOfBirth() {
        assertError(
                api.createAccount(request(minimalCustomer(uniqueEmail()).add("dob", "yesterday-ish"))),
                400,
                "Invalid date");
        assertError(
                api.createAccountAsAdmin(
                        "",
                        request(
                                sampleCustomer(uniqueEmail())
                                        .add(
                                                "dob",
                                                LocalDate.now().plusMonths(1).toString()),
                                PASSWORD)),
                400,
                "The Date of Birth should not be greater than today.");
    }

    @Test
    void appliesThePasswordRulesInMagentosOrder() {
        String email = uniqueEmail();
        assertErrorBody(
                api.createAccount(request(minimalCustomer(email), "1".repeat(258))),
                400,
                Json.createObjectBuilder()
                        .add("message", "Please enter a password with at most %1 characters.")
                        .add("parameters", Json.createArrayBuilder().add(256))
                        .build());
        assertErrorBody(
                api.createAccount(request(minimalCustomer(email), "test")),
                400,
                Json.createObjectBuilder()
                        .add(
                                "message",
                                "The password needs at least %1 characters. Create a new password and try again.")
                        .add("parameters", Json.createArrayBuilder().add("8"))
                        .build());
        assertErrorBody(
                api.createAccount(request(minimalCustomer(email), "")),
                400,
                Json.createObjectBuilder()
                        .add(
                                "message",
                                "The password needs at least %1 characters. Create a new password and try again.")
                        .add("parameters", Json.createArrayBuilder().add("8"))
                        .build());
        assertError(
                api.createAccount(request(minimalCustomer(email), " Password1")),
                400,
                "The password can't begin or end with a space. Verify the password and try again.");
        assertErrorBody(
                api.createAccount(request(minimalCustomer(email), "test_password")),
                400,
                Json.createObjectBuilder()
                        .add(
                                "message",
                                "Minimum of different classes of characters in password is "
                                        + "%1. Classes of characters: Lower Case, Upper Case, Digits, Special Characters.")
                        .add("parameters", Json.createArrayBuilder().add("3"))
                        .build());
        assertError(
                api.createAccount(request(minimalCustomer("Test1@Test.com"), "test1@test.com")),
                400,
                "The password can't be the same as the email address. Create a new password and try again.");
    }

    @Test
    void rejectsAnIdOnCreate() {
        String email = uniqueEmail();
        assertError(
                api.createAccount(request(minimalCustomer(email).add("id", 5))),
                404,
                "No such entity with %fieldName = %fieldValue, %field2Name = %field2Value",
                "fieldName",
                "email",
                "fieldValue",
                email,
                "field2Name",
                "websiteId",
                "field2Value",
                1);
        assertCreated(api.createAccount(request(minimalCustomer(email))));
        assertError(
                api.createAccount(request(minimalCustomer(email).add("id", 5))),
                400,
                "This customer already exists in this store.");
    }

    @Test
    void rejectsUnknownOrMismatchedStoresAndWebsites() {
        assertError(
                api.createAccount(request(minimalCustomer(uniqueEmail()).add("website_id", 99))),
                404,
                "The website with id 99 that was requested wasn't found. Verify the website and try again.");
        assertError(
                api.createAccount(request(minimalCustomer(uniqueEmail()).add("store_id", 99))),
                404,
                "The store that was requested wasn't found. Verify the store and try again.");
        assertError(
                api.createAccount(request(
                        minimalCustomer(uniqueEmail()).add("website_id", 1).add("store_id", 2))),
                400,
                "The store view is not in the associated website.");
    }

    @Test
    void rejectsTheSampleCustomerWhoseAddressesLackAFirstNameAndKeepsNothing() {
        String email = uniqueEmail();
        JsonObjectBuilder customer = sampleCustomer(email)
                .add(
                        "addresses",
                        Json.createArrayBuilder()
                                .add(SampleCustomers.alabamaAddress("Green str, 67", "CityM", "75477")
                                        .addNull("firstname"))
                                .add(SampleCustomers.alabamaAddress("Black str, 48", "CityX", "47676")
                                        .addNull("firstname")));

        assertError(api.createAccountAsAdmin("", request(customer)), 400, REQUIRED, "fieldName", "firstname");
        assertCreated(api.createAccount(request(minimalCustomer(email))));
    }

    @Test
    void leavesNoCustomerBehindWhenALaterAddressFails() {
        String email = uniqueEmail();
        JsonObject body = request(
                minimalCustomer(email)
                        .add(
                                "addresses",
                                Json.createArrayBuilder()
                                        .add(newYorkAddress())
                                        .add(newYorkAddress().add("telephone", ""))),
                "Password1");

        assertError(api.createAccount(body), 400, REQUIRED, "fieldName", "telephone");
        assertCreated(api.createAccount(request(minimalCustomer(email))));
    }

    @Test
    void requiresEachAddressFieldAndReportsSeveralTogether() {
        for (String field : List.of("lastname", "city", "postcode")) {
            assertError(createWithAddress(newYorkAddress().remove(field)), 400, REQUIRED, "fieldName", field);
        }
        assertError(
                createWithAddress(newYorkAddress().add("street", Json.createArrayBuilder())),
                400,
                REQUIRED,
                "fieldName",
                "street");
        assertErrorBody(
                createWithAddress(newYorkAddress().remove("firstname").remove("city")),
                400,
                Json.createObjectBuilder()
                        .add("message", "One or more input exceptions have occurred.")
                        .add(
                                "errors",
                                Json.createArrayBuilder()
                                        .add(Json.createObjectBuilder()
                                                .add("message", REQUIRED)
                                                .add(
                                                        "parameters",
                                                        Json.createObjectBuilder()
                                                                .add("fieldName", "firstname")))
                                        .add(Json.createObjectBuilder()
                                                .add("message", REQUIRED)
                                                .add(
                                                        "parameters",
                                                        Json.createObjectBuilder()
                                                                .add("fieldName", "city"))))
                        .build());
    }

    @Test
    void needsNoPostcodeInAnOptionalZipCountry() {
        assertCreated(createWithAddress(newYorkAddress()
                .add("country_id", "GB")
                .remove("postcode")
                .remove("region_id")
                .remove("region")));
    }

    @Test
    void requiresAKnownRegionWhereTheCountryHasRegions() {
        assertError(
                createWithAddress(newYorkAddress().remove("region_id").remove("region")),
                400,
                REQUIRED,
                "fieldName",
                "regionId");
        assertError(
                createWithAddress(newYorkAddress().add("region_id", 500)),
                400,
                INVALID_VALUE,
                "fieldName",
                "regionId",
                "value",
                500);
    }

    @Test
    void checksCityTelephoneAndStreetLines() {
        assertError(
                createWithAddress(newYorkAddress().add("city", "Paris!")),
                400,
                "Invalid City. Please use letters, numbers, spaces, and the following characters: - ' . , & ( )");
        assertError(
                createWithAddress(newYorkAddress().add("telephone", "abc")),
                400,
                "Invalid Phone Number. Please use 0-9, +, -, (, ) and space.");
        assertError(
                createWithAddress(newYorkAddress()
                        .add(
                                "street",
                                Json.createArrayBuilder().add("1").add("2").add("3"))),
                400,
                "\"Street Address\" cannot contain more than 2 lines.");
    }

    @Test
    void bindsInputLikeMagentosServiceInputProcessor() {
        assertError(
                api.createAccount(request(minimalCustomer(uniqueEmail()).add("first_name", "Jane"))),
                400,
                "\"%fieldName\" is not supported. Correct the field name and try again.",
                "fieldName",
                "FirstName");
        assertError(
                api.createAccount(request(minimalCustomer(uniqueEmail()).add("password", "Password1"))),
                400,
                "\"%fieldName\" is not supported. Correct the field name and try again.",
                "fieldName",
                "Password");
        assertError(
                api.createAccount(request(minimalCustomer(uniqueEmail()).add("website_id", "abc"))),
                400,
                "Error occurred during \"website_id\" processing. The \"abc\" value's type is invalid. The \"int\" "
                        + "type was expected. Verify and try again.");
        assertError(
                api.createAccount(request(minimalCustomer(uniqueEmail())
                        .add("lastname", Json.createArrayBuilder().add("x")))),
                400,
                "Error occurred during \"lastname\" processing. The "
                        + "\"array\" value's type is invalid. The \"string\" type was expected. Verify and try again.");
        assertError(
                api.createAccount(request(minimalCustomer(uniqueEmail()).add("taxvat", "<script>alert(1)</script>"))),
                400,
                "\"%field_name\" does not contains valid value.",
                "field_name",
                "taxvat");
        assertError(
                api.createAccount(request(minimalCustomer(uniqueEmail())
                        .add("extension_attributes", Json.createObjectBuilder().add("unknown", 1)))),
                400,
                "\"%fieldName\" is not supported. Correct the field name and try again.",
                "fieldName",
                "Unknown");
        assertError(
                api.createAccount(
                        Json.createObjectBuilder().add("customer", "x").build()),
                400,
                "The email address is required to create a customer account.");
    }

    @Test
    void refusesMoreAddressesThanMagentosInputLimitAllows() {
        JsonArrayBuilder addresses = Json.createArrayBuilder();
        for (int i = 0; i < 21; i++) {
            addresses.add(newYorkAddress());
        }
        String email = uniqueEmail();

        assertError(
                api.createAccount(request(minimalCustomer(email).add("addresses", addresses))),
                400,
                "Maximum items of type \"%type\" is %max",
                "type",
                "\\Magento\\Customer\\Api\\Data\\AddressInterface",
                "max",
                20);
        JsonArrayBuilder twenty = Json.createArrayBuilder();
        for (int i = 0; i < 20; i++) {
            twenty.add(newYorkAddress());
        }
        assertThat(assertCreated(
                                api.createAccount(request(minimalCustomer(email).add("addresses", twenty))))
                        .getJsonArray("addresses"))
                .hasSize(20);
    }

    @Test
    void refusesAnOverLongCustomerFieldNamingIt() {
        assertError(
                api.createAccount(request(minimalCustomer(uniqueEmail()).add("prefix", "P".repeat(41)))),
                400,
                "\"Name Prefix\" length must be equal or less than 40 characters.");
        assertError(
                api.createAccount(request(minimalCustomer(uniqueEmail())
                        .add("suffix", "S".repeat(300))
                        .add("taxvat", "1".repeat(51)))),
                400,
                "\"Name Suffix\" length must be equal or less than 40 "
                        + "characters.\n\"Tax/VAT Number\" length must be equal or less than 50 characters.");
        String label = "b".repeat(58);
        String email = "a".repeat(64) + "@" + String.join(".", label, label, label, label) + ".com";
        assertError(
                api.createAccount(request(minimalCustomer(email))),
                400,
                "\"Email\" length must be equal or less than 255 characters.");
        assertError(
                api.createAccount(request(minimalCustomer(uniqueEmail()).add("firstname", "J".repeat(300)))),
                400,
                "First Name is not valid!");
        assertCreated(api.createAccount(request(
                minimalCustomer(uniqueEmail()).add("prefix", "P".repeat(40)).add("taxvat", "1".repeat(50)))));
    }

    @Test
    void refusesAnOverLongAddressFieldNamingIt() {
        assertError(
                createWithAddress(newYorkAddress().add("company", "C".repeat(256))),
                400,
                "\"Company\" length must be equal or less than 255 characters.");
        assertError(
                createWithAddress(newYorkAddress()
                        .add(
                                "street",
                                Json.createArrayBuilder().add("1 Main St").add("x".repeat(300)))
                        .add("postcode", "9".repeat(256))
                        .add("prefix", "Dr".repeat(21))),
                400,
                "\"Street Address\" length must be equal or less than 255 characters.\n"
                        + "\"Zip/Postal Code\" length must be equal or less than 255 characters.\n"
                        + "\"Name Prefix\" length must be equal or less than 40 characters.");
        assertError(
                createWithAddress(newYorkAddress().add("telephone", "5".repeat(300))),
                400,
                "Invalid Phone Number. Please use 0-9, +, -, (, ) and space.");
        assertError(
                createWithAddress(newYorkAddress()
                        .add("country_id", "GB")
                        .add("region_id", 0)
                        .add("region", Json.createObjectBuilder().add("region", "R".repeat(256)))),
                400,
                "\"State/Province\" length must be equal or less than 255 characters.");
    }

    @Test
    void answersAnOverLongValueOfAlmostAMegabyteFast() {
        JsonObject request = request(minimalCustomer(uniqueEmail()).add("prefix", "P".repeat(900_000)));

        ApiResponse response = assertTimeout(Duration.ofSeconds(10), () -> api.createAccount(request));

        assertError(response, 400, "\"Name Prefix\" length must be equal or less than 40 characters.");
    }

    private ApiResponse createWithAddress(JsonObjectBuilder address) {
        return api.createAccount(request(minimalCustomer(uniqueEmail())
                .add("addresses", Json.createArrayBuilder().add(address))));
    }
}
