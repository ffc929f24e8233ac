package com.customeraccounts.web.it;

import static com.customeraccounts.web.it.MagentoAssertions.assertCreated;
import static com.customeraccounts.web.it.MagentoAssertions.assertError;
import static com.customeraccounts.web.it.SampleCustomers.minimalCustomer;
import static com.customeraccounts.web.it.SampleCustomers.request;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Pulls from a real MariaDB holding Magento 2.4.8's customer tables, through {@code /V1/migration/runs}:
 * what a full run copies (ids kept), what a second one does (nothing), what a delta copies, what a dry run
 * writes (nothing), that imported customers sign in with their Magento passwords, and that the tokens
 * Magento revoked ({@code jwt_auth_revoked}) stay revoked here.
 */
class MagentoPullIT extends SystemTest {

    @RegisterExtension
    static final MagentoDatabase MAGENTO = MagentoDatabase.start();

    private static final MagentoShop SHOP = new MagentoShop(MAGENTO);
    /**
     * Ids far above those the other system tests' accounts get, one block per test, each far above the last:
     * after a pull, accounts created here take the ids just above the highest imported one.
     */
    private static final AtomicLong IDS = new AtomicLong(7_000_000);

    private static final long BLOCK = 100_000;
    /** A published Magento 2.4 hash of {@code Password@} (Argon2id, {@code 3_32_2_67108864}). */
    /** The shop's {@code crypt/key}, so that the customer tokens Magento issued work here. */
    private static final String CRYPT_KEY = "base64UHVsbGVkRnJvbU1hZ2VudG9LZXkyMDI2";

    private static final String ARGON_HASH = "ab5ebf8d273b085b6a60336198e0a5a2090fdc3e0606a678315c7274ab06e046:"
            + "5PiKJRn28bBKoFMopMaaKuV47aJ6GzVg:3_32_2_67108864";

    @OwnServer
    static WebArchive deployment() {
        List<String> settings = new ArrayList<>(List.of(MAGENTO.serviceSettings()));
        settings.add("magento.crypt.key=" + CRYPT_KEY);
        return PackagedWar.asRootWith(settings.toArray(String[]::new));
    }

    @Test
    void aFullRunCopiesCustomersWithTheirIdsAddressesGroupsNewsletterAndLockout() {
        long id = IDS.addAndGet(BLOCK);
        String email = MagentoShop.uniqueEmail();
        SHOP.customer(id, email, MagentoShop.sha256Hash("Old-Passw0rd", "Mb3kX9"));
        SHOP.address(id + 100, id, "6146 Honey Bluff Parkway\nBuilding 2", false);
        SHOP.address(id + 101, id, "1 Second Street", true);
        SHOP.execute(
                "UPDATE customer_entity SET group_id = 9000, prefix = 'Dr.', suffix = 'Jr.', dob = '1985-11-02', "
                        + "gender = 2, taxvat = 'DE123456789' WHERE entity_id = ?",
                id);
        SHOP.subscribe(id, 1, 1);
        String second = MagentoShop.uniqueEmail();
        SHOP.customer(id + 1, second, MagentoShop.SECOND_WEBSITE, MagentoShop.SECOND_STORE, ARGON_HASH);
        String locked = MagentoShop.uniqueEmail();
        SHOP.customer(id + 2, locked, MagentoShop.sha256Hash("Locked-Passw0rd", "Q1w2e3"));
        SHOP.execute(
                "UPDATE customer_entity SET failures_num = 10, first_failure = UTC_TIMESTAMP(), "
                        + "lock_expires = UTC_TIMESTAMP() + INTERVAL 1 DAY WHERE entity_id = ?",
                id + 2);
        SHOP.customer(id + 3, MagentoShop.uniqueEmail(), MagentoShop.UNKNOWN_WEBSITE, 6, null);
        String unconfirmed = MagentoShop.uniqueEmail();
        SHOP.customer(id + 4, unconfirmed, null);
        SHOP.execute(
                "UPDATE customer_entity SET confirmation = 'mAgEnToCoNfIrMkEy0123456789abcde' WHERE entity_id = ?",
                id + 4);

        JsonObject run = runToTheEnd("full", false);

        assertThat(run.getString("status")).as("run %s", run).isEqualTo("completed");
        assertThat(run.getString("phase")).isEqualTo("done");
        assertThat(run.getJsonArray("rejected_rows").stream()
                        .map(JsonObject.class::cast)
                        .filter(r -> r.getJsonNumber("id").longValue() == id + 3)
                        .toList())
                .singleElement()
                .satisfies(rejected -> {
                    assertThat(rejected.getString("table")).isEqualTo("customer_entity");
                    assertThat(rejected.getString("reason"))
                            .isEqualTo("The website \"wholesale_eu\" (5 in Magento) "
                                    + "does not exist in this service's stores.");
                });
        JsonObject customer = customer(id);
        assertThat(customer.getJsonNumber("id").longValue()).isEqualTo(id);
        assertThat(customer.getString("email")).isEqualTo(email);
        assertThat(customer.getInt("group_id")).isEqualTo(MagentoShop.VIP_GROUP);
        assertThat(customer.getString("created_at")).isEqualTo("2019-03-04 05:06:07");
        assertThat(customer.getString("dob")).isEqualTo("1985-11-02");
        assertThat(customer.getInt("gender")).isEqualTo(2);
        assertThat(customer.getString("taxvat")).isEqualTo("DE123456789");
        assertThat(customer.getString("prefix")).isEqualTo("Dr.");
        assertThat(customer.getString("suffix")).isEqualTo("Jr.");
        assertThat(customer.getString("default_billing")).isEqualTo(Long.toString(id + 101));
        assertThat(customer.getString("default_shipping")).isEqualTo(Long.toString(id + 101));
        assertThat(customer.getJsonArray("addresses").stream()
                        .map(a -> a.asJsonObject().getJsonNumber("id").longValue()))
                .containsExactlyInAnyOrder(id + 100, id + 101);
        assertThat(customer.getJsonObject("extension_attributes").getBoolean("is_subscribed"))
                .isTrue();
        JsonObject group = api.call("GET", "rest/V1/customerGroups/9000", api.adminToken(), null)
                .object();
        assertThat(group.getString("code")).isEqualTo("VIP");
        JsonObject onSecond = customer(id + 1);
        assertThat(onSecond.getInt("website_id"))
                .as("website 'second' is 2 here")
                .isEqualTo(2);
        assertThat(onSecond.getInt("store_id")).isEqualTo(2);
        assertThat(api.issueCustomerToken("", email.toLowerCase(), "Old-Passw0rd")
                        .status())
                .isEqualTo(200);
        assertThat(api.issueCustomerToken("", email, "Wrong-Passw0rd").status()).isEqualTo(401);
        assertThat(api.issueCustomerToken("fixture_second_store/", second, "Password@")
                        .status())
                .isEqualTo(200);
        assertThat(api.issueCustomerToken("", locked, "Locked-Passw0rd").status())
                .as("Magento's lock holds here too")
                .isEqualTo(401);
        assertThat(api.call("GET", "rest/V1/customers/" + (id + 3), api.adminToken(), null)
                        .status())
                .isEqualTo(404);
        assertThat(api.call(
                                "PUT",
                                "rest/V1/customers/" + unconfirmed + "/activate",
                                api.adminToken(),
                                "{\"confirmationKey\":\"wrong\"}")
                        .status())
                .as("still unconfirmed")
                .isEqualTo(400);
        assertThat(api.call(
                                "PUT",
                                "rest/V1/customers/" + unconfirmed + "/activate",
                                api.adminToken(),
                                "{\"confirmationKey\":\"mAgEnToCoNfIrMkEy0123456789abcde\"}")
                        .status())
                .as("the key of Magento's confirmation email activates here")
                .isEqualTo(200);
    }

    @Test
    void theShopsAttributesAreCopiedWithTheirOptionsMatchedByLabelAndTheUndeclaredOnesAreReported() {
        long id = IDS.addAndGet(BLOCK);
        SHOP.customer(id, MagentoShop.uniqueEmail(), null);
        SHOP.address(id + 100, id, "1 Attribute Street", true);
        // the shop's own attributes, as Magento's admin creates them (user-defined, values in the EAV tables)
        SHOP.execute("INSERT INTO eav_attribute (attribute_id, entity_type_id, attribute_code, backend_type, "
                + "frontend_input, frontend_label, is_user_defined) VALUES "
                + "(9001, 1, 'erp_number', 'varchar', 'text', 'ERP number', 1), "
                + "(9002, 1, 'heard_from', 'int', 'select', 'How did you hear about us?', 1), "
                + "(9003, 1, 'interests', 'varchar', 'multiselect', 'Interests', 1), "
                + "(9004, 1, 'contract_start', 'datetime', 'date', 'Contract start', 1), "
                + "(9005, 1, 'loyalty_id', 'varchar', 'text', 'Loyalty ID', 1), "
                + "(9006, 2, 'door_code', 'varchar', 'text', 'Door code', 1)");
        SHOP.execute("INSERT INTO eav_attribute_option (option_id, attribute_id) VALUES "
                + "(901, 9002), (902, 9002), (903, 9002), (911, 9003), (912, 9003), (913, 9003)");
        SHOP.execute("INSERT INTO eav_attribute_option_value (option_id, store_id, value) VALUES "
                + "(901, 0, 'Radio'), (902, 0, 'A Friend'), (902, 1, 'Ein Freund'), (903, 0, 'TV'), "
                + "(911, 0, 'Tea'), (912, 0, 'Cocoa'), (913, 0, 'Wine')");
        SHOP.execute(
                "INSERT INTO customer_entity_varchar (attribute_id, entity_id, value) VALUES "
                        + "(9001, ?, 'ERP4711'), (9003, ?, '911,912,913'), (9005, ?, 'L-1')",
                id,
                id,
                id);
        SHOP.execute("INSERT INTO customer_entity_int (attribute_id, entity_id, value) VALUES (9002, ?, 902)", id);
        SHOP.execute(
                "INSERT INTO customer_entity_datetime (attribute_id, entity_id, value) VALUES "
                        + "(9004, ?, '2024-02-29 00:00:00')",
                id);
        SHOP.execute(
                "INSERT INTO customer_address_entity_varchar (attribute_id, entity_id, value) VALUES (9006, ?, '4711')",
                id + 100);
        try {
            JsonObject run = runToTheEnd("full", false);

            assertThat(run.getString("status")).as("run %s", run).isEqualTo("completed");
            JsonObject customer = customer(id);
            assertThat(customer.getJsonArray("custom_attributes").toString())
                    .isEqualTo("[{\"attribute_code\":\"contract_start\",\"value\":\"2024-02-29 00:00:00\"},"
                            + "{\"attribute_code\":\"erp_number\",\"value\":\"ERP4711\"},"
                            + "{\"attribute_code\":\"heard_from\",\"value\":\"friend\"},"
                            + "{\"attribute_code\":\"interests\",\"value\":\"tea,cocoa\"}]");
            assertThat(customer.getJsonArray("addresses")
                            .getJsonObject(0)
                            .getJsonArray("custom_attributes")
                            .toString())
                    .isEqualTo("[{\"attribute_code\":\"door_code\",\"value\":\"4711\"}]");
            List<String> notes = run.getJsonArray("rejected_rows").stream()
                    .map(JsonObject.class::cast)
                    .filter(r -> r.getString("table").equals("eav_attribute")
                            || r.getJsonNumber("id").longValue() == id)
                    .map(r -> r.getString("table") + " " + r.getJsonNumber("id") + ": " + r.getString("reason"))
                    .toList();
            assertThat(notes)
                    .containsExactlyInAnyOrder(
                            "eav_attribute 9005: The customer attribute \"loyalty_id\" is not declared in "
                                    + "attributes.file: its one value was not copied.",
                            "customer_entity " + id + ": The option \"Wine\" of \"interests\" is not declared in "
                                    + "attributes.file: it was not copied.");
        } finally {
            SHOP.execute("DELETE FROM eav_attribute WHERE attribute_id BETWEEN 9001 AND 9006");
        }
    }

    @Test
    void accountsCreatedAfterAPullNeverTakeAnImportedId() {
        // the service now holds the ids after this one in memory, ready for its next accounts
        long local = assertCreated(
                        api.createAccount(request(minimalCustomer(SampleCustomers.uniqueEmail()), "Password1")))
                .getJsonNumber("id")
                .longValue();
        for (long id = local + 1; id <= local + 60; id++) {
            SHOP.customer(id, MagentoShop.uniqueEmail(), null);
        }

        assertThat(runToTheEnd("full", false).getString("status")).isEqualTo("completed");

        assertThat(customer(local + 1).getString("lastname")).isEqualTo("Costello");
        JsonObject created =
                assertCreated(api.createAccount(request(minimalCustomer(SampleCustomers.uniqueEmail()), "Password1")));
        assertThat(created.getJsonNumber("id").longValue()).isGreaterThan(local + 60);
    }

    @Test
    void aSecondFullRunFindsEverythingUnchangedAndWritesNothing() {
        long id = IDS.addAndGet(BLOCK);
        SHOP.customer(id, MagentoShop.uniqueEmail(), null);
        SHOP.address(id + 1, id, "2 Same Street", true);
        runToTheEnd("full", false);
        String updatedAt = customer(id).getString("updated_at");

        JsonObject again = runToTheEnd("full", false);

        assertThat(again.getString("status")).isEqualTo("completed");
        assertThat(again.getInt("rows_written")).as("run %s", again).isZero();
        assertThat(again.getInt("rows_deleted")).isZero();
        assertThat(again.getInt("rows_unchanged")).isEqualTo(again.getInt("rows_read") - again.getInt("rows_rejected"));
        assertThat(customer(id).getString("updated_at")).isEqualTo(updatedAt);
    }

    @Test
    void aDeltaCopiesUpdatesNewCustomersAndDeletions() {
        long id = IDS.addAndGet(BLOCK);
        String renamed = MagentoShop.uniqueEmail();
        SHOP.customer(id, renamed, null);
        SHOP.customer(id + 1, MagentoShop.uniqueEmail(), null);
        SHOP.customer(id + 2, MagentoShop.uniqueEmail(), null);
        SHOP.address(id + 10, id + 2, "3 Kept Street", true);
        SHOP.address(id + 11, id + 2, "4 Deleted Street", false);
        runToTheEnd("full", false);

        SHOP.execute("UPDATE customer_entity SET lastname = 'Renamed' WHERE entity_id = ?", id);
        SHOP.execute("DELETE FROM customer_entity WHERE entity_id = ?", id + 1);
        SHOP.execute("DELETE FROM customer_address_entity WHERE entity_id = ?", id + 11);
        String added = MagentoShop.uniqueEmail();
        SHOP.customer(id + 3, added, MagentoShop.sha256Hash("New-Passw0rd", "Zz9Yy8"));
        PrometheusText before = PrometheusText.scrape(api);
        JsonObject delta = runToTheEnd("delta", false);

        assertThat(delta.getString("status")).as("run %s", delta).isEqualTo("completed");
        assertThat(delta.getString("mode")).isEqualTo("delta");
        assertThat(delta.getInt("rows_written"))
                .as("renamed, new, lost an address")
                .isEqualTo(3);
        assertThat(delta.getInt("rows_deleted")).isEqualTo(1);
        assertThat(customer(id).getString("lastname")).isEqualTo("Renamed");
        assertThat(api.call("GET", "rest/V1/customers/" + (id + 1), api.adminToken(), null)
                        .status())
                .isEqualTo(404);
        assertThat(api
                        .call("GET", "rest/V1/customers/" + (id + 1) + "/audit", api.adminToken(), null)
                        .object()
                        .getJsonArray("items")
                        .stream()
                        .map(entry -> entry.asJsonObject().getString("event")))
                .as("the history of a customer gone from Magento, newest first")
                .containsExactly("deleted", "migrated");
        assertThat(customer(id + 2).getJsonArray("addresses").stream()
                        .map(a -> a.asJsonObject().getJsonNumber("id").longValue()))
                .containsExactly(id + 10);
        assertThat(api.issueCustomerToken("", added, "New-Passw0rd").status()).isEqualTo(200);
        PrometheusText after = PrometheusText.scrape(api);
        assertThat(after.since(before, "migration_rows_total", "outcome", "written"))
                .isEqualTo(3);
        assertThat(after.since(before, "migration_rows_total", "outcome", "deleted"))
                .isEqualTo(1);
        assertThat(after.since(before, "migration_rows_total", "outcome", "read"))
                .isEqualTo(delta.getInt("rows_read"));
        assertThat(after.since(before, "legacy_password_checks_total", "result", "matched"))
                .isEqualTo(1);
        assertThat(after.since(before, "legacy_password_upgrades_total")).isEqualTo(1);
    }

    @Test
    void theTokensMagentoRevokedStayRevokedAfterFullAndDeltaRuns() {
        long id = IDS.addAndGet(BLOCK);
        long now = Instant.now().getEpochSecond();
        long revokedBefore = now - 300;
        SHOP.customer(id, MagentoShop.uniqueEmail(), null);
        SHOP.customer(id + 1, MagentoShop.uniqueEmail(), null);
        SHOP.execute("UPDATE customer_entity SET updated_at = '2020-01-02 03:04:05' WHERE entity_id = ?", id + 1);
        revoke(id, revokedBefore);
        String issuedAtTheRevocation = MagentoJwt.customerToken(CRYPT_KEY, id, revokedBefore, now + 3000);
        String issuedAfter = MagentoJwt.customerToken(CRYPT_KEY, id, revokedBefore + 1, now + 3000);
        String ofTheOther = MagentoJwt.customerToken(CRYPT_KEY, id + 1, now - 600, now + 3000);

        assertThat(runToTheEnd("full", false).getString("status")).isEqualTo("completed");

        assertThat(signedInAs(issuedAtTheRevocation))
                .as("issued at Magento's revoke_before")
                .isEqualTo(401);
        assertThat(signedInAs(issuedAfter)).isEqualTo(200);
        assertThat(signedInAs(ofTheOther)).as("nothing revoked in Magento").isEqualTo(200);

        revoke(id + 1, Instant.now().getEpochSecond());
        JsonObject delta = runToTheEnd("delta", false);

        assertThat(delta.getString("status")).as("run %s", delta).isEqualTo("completed");
        assertThat(signedInAs(ofTheOther))
                .as("revoked in Magento since the last run")
                .isEqualTo(401);

        SHOP.execute(
                "UPDATE jwt_auth_revoked SET revoke_before = ? WHERE user_type_id = 3 AND user_id = ?",
                revokedBefore - 1000,
                id);
        assertThat(runToTheEnd("full", false).getString("status")).isEqualTo("completed");

        assertThat(signedInAs(issuedAtTheRevocation))
                .as("a revocation never moves back")
                .isEqualTo(401);
        assertThat(signedInAs(issuedAfter)).isEqualTo(200);
    }

    @Test
    void anAccountCreatedHereIsNeverDeletedBySync() {
        JsonObject local =
                assertCreated(api.createAccount(request(minimalCustomer(SampleCustomers.uniqueEmail()), "Password1")));

        runToTheEnd("delta", false);

        long localId = local.getJsonNumber("id").longValue();
        assertThat(api.call("GET", "rest/V1/customers/" + localId, api.adminToken(), null)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aDryRunReportsWhatItWouldWriteAndWritesNothing() {
        long id = IDS.addAndGet(BLOCK);
        SHOP.customer(id, MagentoShop.uniqueEmail(), null);

        PrometheusText before = PrometheusText.scrape(api);
        JsonObject dry = runToTheEnd("full", true);

        assertThat(dry.getString("status")).isEqualTo("completed");
        assertThat(dry.getBoolean("dry_run")).isTrue();
        assertThat(dry.getInt("rows_written")).as("would write").isGreaterThanOrEqualTo(1);
        assertThat(api.call("GET", "rest/V1/customers/" + id, api.adminToken(), null)
                        .status())
                .isEqualTo(404);
        assertThat(PrometheusText.scrape(api).since(before, "migration_rows_total", "outcome", "read"))
                .as("a dry run is not counted")
                .isZero();
    }

    @Test
    void listsRunsNewestFirst() {
        long first = runToTheEnd("full", true).getJsonNumber("id").longValue();
        long second = runToTheEnd("full", true).getJsonNumber("id").longValue();

        JsonObject list = api.call("GET", "rest/V1/migration/runs", api.adminToken(), null)
                .object();

        assertThat(list.getJsonArray("items").stream()
                        .map(r -> r.asJsonObject().getJsonNumber("id").longValue())
                        .toList())
                .containsSubsequence(second, first);
    }

    @Test
    void refusesAnUnknownModeAMissingOneAndCallersWithoutTheRight() {
        assertError(
                start("{\"mode\":\"sideways\"}"),
                400,
                "Invalid value of \"%value\" provided for the %fieldName field.",
                "fieldName",
                "mode",
                "value",
                "sideways");
        assertError(
                start("{\"dry_run\":true}"),
                400,
                "\"%fieldName\" is required. Enter and try again.",
                "fieldName",
                "mode");
        assertError(
                start("{\"mode\":\"full\",\"speed\":\"max\"}"),
                400,
                "\"%fieldName\" is not supported. Correct the field name and try again.",
                "fieldName",
                "Speed");
        assertThat(start("[1]").status()).isEqualTo(400);
        assertThat(api.call("POST", "rest/V1/migration/runs", null, "{\"mode\":\"full\"}")
                        .status())
                .isEqualTo(401);
        assertThat(api.call("GET", "rest/V1/migration/runs/abc", api.adminToken(), null)
                        .status())
                .isEqualTo(400);
        assertThat(api.call("GET", "rest/V1/migration/runs/999999", api.adminToken(), null)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void neverShowsTheDatabasePassword() {
        JsonObject run = runToTheEnd("full", true);
        String list = api.call("GET", "rest/V1/migration/runs", api.adminToken(), null)
                .body();

        assertThat(run.toString()).doesNotContain(MagentoDatabase.READ_ONLY_PASSWORD);
        assertThat(list).doesNotContain(MagentoDatabase.READ_ONLY_PASSWORD);
    }

    /** Magento's revocation of the customer's tokens issued at or before {@code revokeBefore} (epoch seconds). */
    private static void revoke(long customerId, long revokeBefore) {
        SHOP.execute(
                "INSERT INTO jwt_auth_revoked (user_type_id, user_id, revoke_before) VALUES (3, ?, ?)",
                customerId,
                revokeBefore);
    }

    private int signedInAs(String token) {
        return api.call("GET", "rest/V1/customers/me", token, null).status();
    }

    private ApiResponse start(String body) {
        return api.call("POST", "rest/V1/migration/runs", api.adminToken(), body);
    }

    private JsonObject customer(long id) {
        ApiResponse response = api.call("GET", "rest/V1/customers/" + id, api.adminToken(), null);
        assertThat(response.status()).as("customer %s: %s", id, response).isEqualTo(200);
        return response.object();
    }

    /** Starts a run and waits (a guard of 2 minutes) until it is no longer running. */
    private JsonObject runToTheEnd(String mode, boolean dryRun) {
        ApiResponse started = start(Json.createObjectBuilder()
                .add("mode", mode)
                .add("dry_run", dryRun)
                .build()
                .toString());
        assertThat(started.status()).as("start: %s", started).isEqualTo(200);
        return MigrationRuns.awaitEnd(api, started.object().getJsonNumber("id").longValue(), Duration.ofMinutes(2));
    }
}
