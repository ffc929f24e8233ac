package com.customeraccounts.web.it;

import static com.customeraccounts.web.it.MagentoAssertions.assertError;
import static com.customeraccounts.web.it.SampleCustomers.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Magento's CSV import API ({@code POST /V1/import/csv}) through the deployed WAR, with files shaped like
 * Magento's exports and sample files: quoted multi-line streets, labels such as {@code gender = Male}, the
 * password hashes Magento wrote. Imported customers sign in with their Magento passwords and get no email.
 */
class CsvImportIT extends SystemTest {

    private static final String STOP = "validation-stop-on-errors";
    private static final String SKIP = "validation-skip-errors";
    private static final String NOT_WRITTEN = "Maximum error count has been reached or system error is occurred!";
    private static final String VALIDATION_FAILED =
            "Data validation failed. Please fix the following errors and upload the file again.";
    /** A published Magento 2.4 hash (Argon2id, {@code 3_32_2_67108864}) of {@code Password@}. */
    private static final String ARGON2_HASH = "ab5ebf8d273b085b6a60336198e0a5a2090fdc3e0606a678315c7274ab06e046:"
            + "5PiKJRn28bBKoFMopMaaKuV47aJ6GzVg:3_32_2_67108864";

    private static final String CUSTOMER_HEADER = "email,_website,_store,confirmation,created_at,created_in,"
            + "disable_auto_group_change,dob,firstname,gender,group_id,lastname,middlename,password_hash,prefix,"
            + "reward_update_notification,reward_warning_notification,rp_token,rp_token_created_at,store_id,suffix,"
            + "taxvat,updated_at,website_id,password";
    private static final String ADDRESS_HEADER = "_website,_email,_entity_id,city,company,country_id,fax,firstname,"
            + "lastname,middlename,postcode,prefix,region,region_id,street,suffix,telephone,vat_id,vat_is_valid,"
            + "vat_request_date,vat_request_id,vat_request_success,_address_default_billing_,_address_default_shipping_";
    private static final String COMPOSITE_HEADER = "email,_website,_store,confirmation,created_at,created_in,"
            + "disable_auto_group_change,dob,firstname,gender,group_id,lastname,middlename,password_hash,prefix,"
            + "rp_token,rp_token_created_at,store_id,suffix,taxvat,website_id,password,_address_city,_address_company,"
            + "_address_country_id,_address_fax,_address_firstname,_address_lastname,_address_middlename,"
            + "_address_postcode,_address_prefix,_address_region,_address_street,_address_suffix,_address_telephone,"
            + "_address_vat_id,_address_default_billing_,_address_default_shipping_";

    @Test
    void importsTheCustomersMainFileAndTheCustomersSignInWithTheirMagentoPasswordsWithoutAnEmail() {
        String argon = uniqueEmail();
        String sha = uniqueEmail();
        String typed = uniqueEmail();
        String csv = CUSTOMER_HEADER + "\n"
                + argon.toUpperCase() + ",base,default,,\"2015-10-30 12:49:47\",\"Default Store View\",0,1980-02-03,"
                + "Jon,Male,2,Doe,,\"" + ARGON2_HASH + "\",,,,,,1,,,\"2015-10-30 12:49:48\",1,\n"
                + sha + ",base,,,,,0,,Jane,female,,Roe,Q,\"" + magentoSha256("Password1", "mgLqkq") + "\",Dr.,,,,,1,"
                + ",DE123,,1,\n"
                + typed + ",second,fixture_second_store,,,,1,,Max,\"Not Specified\",0,Typed,,,,,,,,,,,,,Secret12\n";

        assertThat(startImport("customer", "add_update", STOP, csv)).containsExactly("Entities Processed: 3");

        assertThat(api.customerToken(argon, "Password@")).hasSize(32);
        assertThat(api.customerToken(sha, "Password1")).hasSize(32);
        assertThat(api.customerToken("fixture_second_store/", typed, "Secret12"))
                .hasSize(32);
        JsonObject jon = customer(argon);
        assertThat(jon.getString("email")).isEqualTo(argon);
        assertThat(jon.getString("firstname")).isEqualTo("Jon");
        assertThat(jon.getInt("gender")).isEqualTo(1);
        assertThat(jon.getInt("group_id")).isEqualTo(2);
        assertThat(jon.getString("dob")).isEqualTo("1980-02-03");
        assertThat(jon.getString("created_at")).isEqualTo("2015-10-30 12:49:47");
        assertThat(jon.getInt("website_id")).isEqualTo(1);
        assertThat(jon.getInt("store_id")).isEqualTo(1);
        JsonObject jane = customer(sha);
        assertThat(jane.getInt("gender")).isEqualTo(2);
        assertThat(jane.getInt("group_id")).as("group_id defaults to 1").isEqualTo(1);
        assertThat(jane.getString("taxvat")).isEqualTo("DE123");
        assertThat(jane.getString("prefix")).isEqualTo("Dr.");
        JsonObject max = customer(typed);
        assertThat(max.getInt("website_id")).isEqualTo(2);
        assertThat(max.getInt("group_id")).as("group 0 means the default, 1").isEqualTo(1);
        assertThat(max.getInt("gender")).isEqualTo(3);
        for (JsonObject c : List.of(jon, jane, max)) {
            assertThat(outbox(c.getJsonNumber("id").longValue()))
                    .as("no email for %s", c.getString("email"))
                    .isEmpty();
        }
    }

    @Test
    void updatesTheCustomerAnEmailMatchesInAnyCaseAndDeletesWithTheDeleteAndCustomBehaviours() {
        String email = uniqueEmail();
        String other = uniqueEmail();
        startImport(
                "customer",
                "add_update",
                STOP,
                "email,_website,firstname,lastname\n" + email + ",base,A,B\n" + other + ",base,C,D\n");
        long id = customer(email).getJsonNumber("id").longValue();

        assertThat(startImport(
                        "customer",
                        "add_update",
                        STOP,
                        "email,_website,firstname,middlename\n" + email.toUpperCase() + ",base,Anna,M\n"))
                .containsExactly("Entities Processed: 1");

        JsonObject updated = customer(email);
        assertThat(updated.getJsonNumber("id").longValue()).isEqualTo(id);
        assertThat(updated.getString("firstname")).isEqualTo("Anna");
        assertThat(updated.getString("lastname"))
                .as("a column the file lacks stays")
                .isEqualTo("B");
        assertThat(updated.getString("middlename")).isEqualTo("M");
        JsonArray history = api.send(
                        "GET",
                        "rest/V1/customers/" + id + "/audit",
                        null,
                        List.of("Authorization", "Bearer " + api.adminToken()))
                .object()
                .getJsonArray("items");
        assertThat(history.stream().map(entry -> entry.asJsonObject().getString("event")))
                .as("the account's history: imported, then imported again")
                .containsExactly("migrated", "migrated");
        assertThat(history.getJsonObject(0).getString("actor")).startsWith("admin ");

        assertThat(startImport(
                        "customer",
                        "custom",
                        STOP,
                        "email,_website,_action,firstname,lastname\n" + email + ",base,Delete,,\n" + other
                                + ",base,update,Carl,D\n"))
                .containsExactly("Entities Processed: 2");
        assertThat(search(email)).isEmpty();
        assertThat(customer(other).getString("firstname")).isEqualTo("Carl");

        assertThat(startImport("customer", "delete", STOP, "email,_website\n" + other + ",base\n"))
                .containsExactly("Entities Processed: 1");
        assertThat(search(other)).isEmpty();
    }

    @Test
    void importsAddressesKeepingTheirIdsWithMultiLineStreetsAndDefaults() {
        String email = uniqueEmail();
        startImport("customer", "add_update", STOP, "email,_website,firstname,lastname\n" + email + ",base,Jon,Doe\n");
        long addressId = 900_000_000L + System.nanoTime() % 1_000_000;
        String csv = ADDRESS_HEADER + "\n"
                + "base," + email + "," + addressId + ",\"New York\",,us,,Jon,Doe,,10044,,ny,43,\"Main Street 1\n"
                + "Suite 200\",,123456789,,,,,,1,1\n"
                + "base," + email
                + ",,Berlin,ACME,DE,,Jon,Doe,,10115,,Berlin,,\"Unter den Linden 5\",,030123,,,,,,0,\n";

        assertThat(startImport("customer_address", "add_update", STOP, csv)).containsExactly("Entities Processed: 2");

        JsonObject customer = customer(email);
        JsonArray addresses = customer.getJsonArray("addresses");
        assertThat(addresses).hasSize(2);
        JsonObject newYork = addresses.getJsonObject(0);
        assertThat(newYork.getJsonNumber("id").longValue()).isEqualTo(addressId);
        assertThat(newYork.getJsonArray("street").getValuesAs(JsonString::getString))
                .containsExactly("Main Street 1", "Suite 200");
        assertThat(newYork.getString("country_id")).isEqualTo("US");
        assertThat(newYork.getInt("region_id")).isEqualTo(43);
        assertThat(newYork.getJsonObject("region").getString("region")).isEqualTo("New York");
        assertThat(newYork.getJsonObject("region").getString("region_code")).isEqualTo("NY");
        assertThat(newYork.getBoolean("default_billing")).isTrue();
        assertThat(newYork.getBoolean("default_shipping")).isTrue();
        JsonObject berlin = addresses.getJsonObject(1);
        assertThat(berlin.getString("company")).isEqualTo("ACME");
        assertThat(berlin.containsKey("default_billing")).isFalse();

        String created = uniqueEmail();
        assertThat(api.call(
                                "POST",
                                "rest/V1/customers",
                                null,
                                Json.createObjectBuilder()
                                        .add(
                                                "customer",
                                                Json.createObjectBuilder()
                                                        .add("email", created)
                                                        .add("firstname", "New")
                                                        .add("lastname", "One")
                                                        .add(
                                                                "addresses",
                                                                Json.createArrayBuilder()
                                                                        .add(CreateAccountIT.newYorkAddress())))
                                        .build()
                                        .toString())
                        .status())
                .as("an account made after the import gets a fresh address id")
                .isEqualTo(200);
        long freshAddress = customer(created)
                .getJsonArray("addresses")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        assertThat(freshAddress).isGreaterThan(addressId);

        assertThat(startImport(
                        "customer_address",
                        "delete",
                        STOP,
                        "_website,_email,_entity_id\nbase," + email + "," + addressId + "\n"))
                .containsExactly("Entities Processed: 1");
        JsonObject afterDelete = customer(email);
        assertThat(afterDelete.getJsonArray("addresses")).hasSize(1);
        assertThat(afterDelete.containsKey("default_billing")).isFalse();
    }

    @Test
    void importsTheCompositeFileAndReplacesAddressesWithReplace() {
        String email = uniqueEmail();
        String csv = COMPOSITE_HEADER + "\n"
                + email + ",base,admin,,\"2016-04-19 12:55:51\",Admin,0,\"2016-04-19 00:00:00\",Jon,Male,1,Doe,,"
                + "703feeb7a8a5195cf1cc9b759ba1e113:V2h36OrOJRh56MyGHw9NF1J855eL9X4P,,,,0,,,1,,Campbell,,US,,Jon,Doe,,"
                + "95008,,California,\"Main Street 1\nSuite 200\",,123456789,,1,1\n"
                + ",,,,,,,,,,,,,,,,,,,,,,Austin,,US,,Jon,Doe,,73301,,TX,\"2nd Street\",,555,,,\n";

        assertThat(startImport("customer_composite", "append", STOP, csv)).containsExactly("Entities Processed: 3");

        JsonObject jon = customer(email);
        assertThat(jon.getInt("gender")).isEqualTo(1);
        assertThat(jon.getInt("store_id")).isEqualTo(0);
        assertThat(jon.getString("dob")).isEqualTo("2016-04-19");
        JsonArray addresses = jon.getJsonArray("addresses");
        assertThat(addresses).hasSize(2);
        assertThat(addresses.getJsonObject(0).getJsonArray("street").getValuesAs(JsonString::getString))
                .containsExactly("Main Street 1", "Suite 200");
        assertThat(addresses.getJsonObject(0).getString("city")).isEqualTo("Campbell");
        assertThat(addresses.getJsonObject(0).getInt("region_id")).isEqualTo(12);
        assertThat(addresses.getJsonObject(0).getBoolean("default_shipping")).isTrue();
        assertThat(addresses.getJsonObject(1).getString("city")).isEqualTo("Austin");

        assertThat(
                        startImport(
                                "customer_composite",
                                "replace",
                                STOP,
                                COMPOSITE_HEADER + "\n" + email
                                        + ",base,,,,,,,Jon,,,Doe,,,,,,,,,,,Boston,,US,,Jon,Doe,,02108,,MA,\"1 Beacon St\",,617,,1,\n"))
                .containsExactly("Entities Processed: 2");
        JsonObject replaced = customer(email);
        assertThat(replaced.getJsonArray("addresses")).hasSize(1);
        assertThat(replaced.getJsonArray("addresses").getJsonObject(0).getString("city"))
                .isEqualTo("Boston");
        assertThat(replaced.getJsonArray("addresses").getJsonObject(0).getBoolean("default_billing"))
                .isTrue();
        assertThat(replaced.getString("default_shipping", null)).isNull();

        assertThat(startImport(
                        "customer_composite",
                        "delete",
                        STOP,
                        COMPOSITE_HEADER + "\n" + email + ",base,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,\n"))
                .containsExactly("Entities Processed: 1");
        assertThat(search(email)).isEmpty();
    }

    @Test
    void readsTheShopsAttributesFromTheirColumnsOptionsByLabel() {
        String email = uniqueEmail();
        String header = "email,_website,firstname,lastname,erp_number,heard_from,interests,b2b,contract_start";

        assertThat(startImport(
                        "customer",
                        "add_update",
                        STOP,
                        header + "\n" + email + ",base,Ada,Attr,ERP1,a friend,\"Tea,Cocoa\",Yes,2024-02-29\n"))
                .containsExactly("Entities Processed: 1");
        JsonObject ada = customer(email);
        assertThat(values(ada))
                .containsExactly(
                        "b2b=1",
                        "contract_start=2024-02-29 00:00:00",
                        "erp_number=ERP1",
                        "heard_from=friend",
                        "interests=tea,cocoa");

        assertThat(startImport(
                        "customer",
                        "add_update",
                        STOP,
                        "email,_website,heard_from,interests\n" + email + ",base,RADIO,\n"))
                .containsExactly("Entities Processed: 1");
        assertThat(values(customer(email)))
                .as("a column sets, an empty cell clears, a column the file lacks keeps")
                .containsExactly("b2b=1", "contract_start=2024-02-29 00:00:00", "erp_number=ERP1", "heard_from=radio");

        String addresses = ADDRESS_HEADER + ",door_code\n" + "base," + email
                + ",,Berlin,ACME,DE,,Ada,Attr,,10115,,Berlin,,\"Unter den Linden 5\",,030123,,,,,,0,,4711\n";
        assertThat(startImport("customer_address", "add_update", STOP, addresses))
                .containsExactly("Entities Processed: 1");
        assertThat(values(customer(email).getJsonArray("addresses").getJsonObject(0)))
                .containsExactly("door_code=4711");
    }

    @Test
    void anUnknownLabelOrAnUnreadableDateIsTheRowsError() {
        String header = "email,_website,firstname,lastname,heard_from,interests,b2b,contract_start";
        String good = uniqueEmail();
        String csv = header + "\n" + good + ",base,Good,Row,Radio,,,\n"
                + uniqueEmail() + ",base,Bad,Option,TV,,,\n"
                + uniqueEmail() + ",base,Bad,Options,,\"Tea,Wine\",,\n"
                + uniqueEmail() + ",base,Bad,Flag,,,maybe,\n"
                + uniqueEmail() + ",base,Bad,Date,,,,someday\n";

        assertThat(startImport("customer", "add_update", STOP, csv))
                .containsExactly(
                        NOT_WRITTEN,
                        VALIDATION_FAILED,
                        "Row 2, column heard_from: Value for heard_from attribute contains incorrect value, see "
                                + "acceptable values on settings specified for Admin",
                        "Row 3, column interests: Value for interests attribute contains incorrect value, see "
                                + "acceptable values on settings specified for Admin",
                        "Row 4, column b2b: Value for b2b attribute contains incorrect value, see acceptable values "
                                + "on settings specified for Admin",
                        "Row 5, column contract_start: Value for 'contract_start' attribute contains incorrect value",
                        "Checked rows: 5, checked entities: 5, invalid rows: 4, total errors: 4");
        assertThat(search(good)).as("nothing written").isEmpty();
    }

    private static List<String> values(JsonObject customerOrAddress) {
        JsonArray list = customerOrAddress.getJsonArray("custom_attributes");
        return list == null
                ? List.of()
                : list.stream()
                        .map(JsonValue::asJsonObject)
                        .map(a -> a.getString("attribute_code") + "=" + a.getString("value"))
                        .toList();
    }

    @Test
    void writesNothingWhenAnyRowIsBadUnderStopOnErrorsAndListsEveryRejectedRow() {
        String good = uniqueEmail();
        String csv = "email,_website,_store,firstname,lastname,group_id,dob,password\n"
                + good + ",base,,Good,Row,,,\n"
                + "not-an-email,base,,Bad,Email,,,\n"
                + uniqueEmail() + ",nowhere,,Bad,Website,,,\n"
                + uniqueEmail() + ",,,No,Website,,,\n"
                + ",base,,No,Email,,,\n"
                + uniqueEmail() + ",base,nostore,Bad,Store,,,\n"
                + uniqueEmail() + ",base,,,Nameless,,,\n"
                + uniqueEmail() + ",base,,Bad,Group,99,,\n"
                + uniqueEmail() + ",base,,Bad,Date,,yesterday-ish,\n"
                + uniqueEmail() + ",base,,Short,Password,,,abc\n"
                + good.toUpperCase() + ",base,,Twice,Here,,,\n";

        assertThat(startImport("customer", "add_update", STOP, csv))
                .containsExactly(
                        NOT_WRITTEN,
                        VALIDATION_FAILED,
                        "Row 2, column email: Please enter a valid email.",
                        "Row 3, column _website: We found an invalid value in a website column.",
                        "Row 4, column _website: Please specify a website.",
                        "Row 5, column email: An email wasn't specified. Enter the email and try again.",
                        "Row 6, column _store: Invalid value in Store column (store does not exists?)",
                        "Row 7, column firstname: Please make sure attribute \"firstname\" is not empty.",
                        "Row 8, column group_id: Value for group_id attribute contains incorrect value, see acceptable "
                                + "values on settings specified for Admin",
                        "Row 9, column dob: Value for 'dob' attribute contains incorrect value",
                        "Row 10, column password: Please enter a password with a valid length.",
                        "Row 11, column email: This email is found more than once in the import file.",
                        "Checked rows: 11, checked entities: 11, invalid rows: 10, total errors: 10");
        assertThat(search(good)).as("nothing written").isEmpty();
    }

    @Test
    void writesTheGoodRowsUnderSkipErrorsUpToTheAllowedErrorCount() {
        String good = uniqueEmail();
        String csv = "email,_website,firstname,lastname\n" + good + ",base,Good,Row\nbroken,base,Bad,Row\n";

        assertThat(startImport("customer", "add_update", SKIP, "5", csv))
                .containsExactly(
                        "Entities Processed: 2",
                        "Row 2, column email: Please enter a valid email.",
                        "Checked rows: 2, checked entities: 2, invalid rows: 1, total errors: 1");
        assertThat(search(good)).hasSize(1);

        String notWritten = uniqueEmail();
        assertThat(startImport(
                        "customer",
                        "add_update",
                        SKIP,
                        "0",
                        "email,_website,firstname,lastname\n" + notWritten + ",base,Good,Row\nbroken,base,Bad,Row\n"))
                .startsWith(NOT_WRITTEN);
        assertThat(search(notWritten))
                .as("more errors than allowed: nothing written")
                .isEmpty();
    }

    @Test
    void reportsEveryAddressAndCompositeRowMessage() {
        String email = uniqueEmail();
        startImport("customer", "add_update", STOP, "email,_website,firstname,lastname\n" + email + ",base,Jon,Doe\n");
        String csv = "_website,_email,_entity_id,city,country_id,firstname,lastname,postcode,region,street,telephone\n"
                + "base," + uniqueEmail() + ",,Here,US,A,B,10001,NY,Street,1\n"
                + "base," + email + ",,Here,XX,A,B,10001,,Street,1\n"
                + "base," + email + ",,,US,A,B,10001,NY,Street,1\n"
                + "base," + email + ",,Here,US,A,B,,NY,Street,1\n"
                + "base," + email + ",,Here,US,A,B,10001,Atlantis,Street,1\n";
        assertThat(startImport("customer_address", "add_update", STOP, csv))
                .contains(
                        "Row 1, column _email: We can't find a customer who matches this email and website code.",
                        "Row 2, column country_id: Value for country_id attribute contains incorrect value, see acceptable "
                                + "values on settings specified for Admin",
                        "Row 3, column city: Please make sure attribute \"city\" is not empty.",
                        "Row 4, column postcode: Please make sure attribute \"postcode\" is not empty.",
                        "Row 5, column region: Please enter a valid region.");
        assertThat(startImport(
                        "customer_address",
                        "delete",
                        STOP,
                        "_website,_email,_entity_id\nbase," + email + ",\nbase," + email + ",123456789012\n"))
                .contains(
                        "Row 1, column _entity_id: Customer address id column is not specified",
                        "Row 2, column _entity_id: We can't find that customer address.");
        assertThat(startImport(
                        "customer_composite",
                        "append",
                        STOP,
                        "email,_website,firstname,lastname,_address_city\n"
                                + ",base,,,Orphan\nbad,base,A,B,\n,base,,,Orphan too\n"))
                .contains(
                        "Row 1: Orphan rows that will be skipped due default row errors",
                        "Row 2, column email: Please enter a valid email.",
                        "Row 3: Orphan rows that will be skipped due default row errors");
        assertThat(startImport("customer", "add_update", STOP, "email,_website,shoe_size\n"))
                .containsExactly(
                        NOT_WRITTEN,
                        VALIDATION_FAILED,
                        "Header contains invalid attribute(s): \"shoe_size\"",
                        "Checked rows: 0, checked entities: 0, invalid rows: 0, total errors: 1");
        assertThat(startImport("customer", "add_update", STOP, "email,_website\na@example.com\n"))
                .contains("Row 1: Number of columns does not correspond to the number of rows in the header");
        assertThat(startImport("customer", "add_update", STOP, ""))
                .containsExactly("This file is empty. Please try another one.");
    }

    @Test
    void acceptsCamelCaseKeysAndRefusesWhatIsNotAnImport() {
        String email = uniqueEmail();
        String body = Json.createObjectBuilder()
                .add(
                        "source",
                        Json.createObjectBuilder()
                                .add("entity", "customer")
                                .add("behavior", "add_update")
                                .add("validationStrategy", STOP)
                                .add("allowedErrorCount", 0)
                                .add("csvData", base64("email,_website,firstname,lastname\n" + email + ",base,A,B\n")))
                .build()
                .toString();
        assertThat(api.call("POST", "rest/V1/import/csv", api.adminToken(), body)
                        .body())
                .isEqualTo("[\"Entities Processed: 1\"]");

        assertError(
                api.call(
                        "POST",
                        "rest/V1/import/csv",
                        api.adminToken(),
                        request("catalog_product", "append", STOP, "0", "sku\n")),
                400,
                "Entity is unknown");
        assertError(
                api.call(
                        "POST",
                        "rest/V1/import/csv",
                        api.adminToken(),
                        request("customer", "append", STOP, "0", "email\n")),
                400,
                "The \"append\" behavior isn't offered for the \"customer\" entity.");
        assertError(
                api.call(
                        "POST",
                        "rest/V1/import/csv",
                        api.adminToken(),
                        request("customer", "add_update", "validation-maybe", "0", "email\n")),
                400,
                "ImportExport: Import Data validation - Validation strategy not found");
        assertError(
                api.call("POST", "rest/V1/import/csv", api.adminToken(), "{\"source\":{\"csv_data\":"),
                400,
                "Decoding error.");
    }

    @Test
    void refusesABodyLargerThanTheRoutesLimitWith413() throws Exception {
        byte[] prefix = ("{\"source\":{\"entity\":\"customer\",\"behavior\":\"add_update\",\"validation_strategy\":\""
                        + STOP + "\",\"csv_data\":\"")
                .getBytes(StandardCharsets.US_ASCII);
        long size = 64L * 1024 * 1024 + 1024;
        HttpRequest request = HttpRequest.newBuilder(URI.create(api.url("rest/V1/import/csv")))
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + api.adminToken())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new InputStream() {
                    private long sent;

                    @Override
                    public int read() {
                        if (sent >= size) {
                            return -1;
                        }
                        int b = sent < prefix.length ? prefix[(int) sent] : 'A';
                        sent++;
                        return b;
                    }
                }))
                .build();
        HttpResponse<String> response;
        try {
            response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException closedWhileSending) {
            // the service may answer and close before the client has sent everything
            return;
        }
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(Json.createReader(new java.io.StringReader(response.body()))
                        .readObject()
                        .getString("message"))
                .isEqualTo("The request body is larger than the 67108864 bytes this route accepts.");
    }

    private List<String> startImport(String entity, String behavior, String strategy, String csv) {
        return startImport(entity, behavior, strategy, "0", csv);
    }

    private List<String> startImport(String entity, String behavior, String strategy, String allowed, String csv) {
        ApiResponse response = api.call(
                "POST", "rest/V1/import/csv", api.adminToken(), request(entity, behavior, strategy, allowed, csv));
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        return response.json().asJsonArray().getValuesAs(JsonString::getString);
    }

    private static String request(String entity, String behavior, String strategy, String allowed, String csv) {
        return importRequest(entity, behavior, strategy, allowed, csv).toString();
    }

    /** The body of {@code POST /V1/import/csv}: the CSV, Base64-encoded, with the import's settings. */
    static JsonObject importRequest(String entity, String behavior, String strategy, String allowed, String csv) {
        return Json.createObjectBuilder()
                .add(
                        "source",
                        Json.createObjectBuilder()
                                .add("entity", entity)
                                .add("behavior", behavior)
                                .add("validation_strategy", strategy)
                                .add("allowed_error_count", allowed)
                                .add("csv_data", base64(csv)))
                .build();
    }

    private static String base64(String csv) {
        return Base64.getEncoder().encodeToString(csv.getBytes(StandardCharsets.UTF_8));
    }

    private JsonArray search(String email) {
        String query = "searchCriteria[filter_groups][0][filters][0][field]=email"
                + "&searchCriteria[filter_groups][0][filters][0][value]="
                + URLEncoder.encode(email, StandardCharsets.UTF_8);
        ApiResponse response = api.call("GET", "rest/V1/customers/search?" + query, api.adminToken(), null);
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        return response.object().getJsonArray("items");
    }

    /** As {@code GET /V1/customers/{id}} shows it, which must agree with the search at once after an import. */
    private JsonObject customer(String email) {
        JsonArray found = search(email);
        assertThat(found).as("customers with %s", email).hasSize(1);
        JsonObject shown = api.call(
                        "GET",
                        "rest/V1/customers/" + found.getJsonObject(0).getJsonNumber("id"),
                        api.adminToken(),
                        null)
                .object();
        assertThat(shown).as("shown by id").isEqualTo(found.getJsonObject(0));
        return shown;
    }

    private JsonArray outbox(long customerId) {
        return api.call("GET", "rest/V1/it-probe/outbox/" + customerId, null, null)
                .json()
                .asJsonArray();
    }

    /** Magento's version-1 hash: {@code sha256(salt . password):salt:1}. */
    private static String magentoSha256(String password, String salt) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest((salt + password).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest) + ":" + salt + ":1";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
