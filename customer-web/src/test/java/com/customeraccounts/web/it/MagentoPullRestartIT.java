package com.customeraccounts.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A pull killed halfway resumes from its checkpoint when the service is back: the packaged WAR runs in a
 * Payara Micro process of its own, killed ({@code destroyForcibly}) while a full run of 10,000 customers
 * is copying, then started again on the same database.
 * As KillUnderLoadIT, a kill halfway runs on PostgreSQL only; MagentoPullIT copies into both databases.
 */
@EnabledIfSystemProperty(named = "it.database", matches = "postgresql")
class MagentoPullRestartIT {

    @RegisterExtension
    static final MagentoDatabase MAGENTO = MagentoDatabase.start();

    private static final int CUSTOMERS = 10_000;
    private static final long FIRST_ID = 20_000_001;
    private static final String DOMAIN = "@pull-restart.example.com";

    private final ServiceProcess service = new ServiceProcess();

    @AfterEach
    void stopService() throws InterruptedException {
        service.stop();
    }

    @Test
    void aRunKilledHalfwayResumesFromItsCheckpointAndCopiesEveryCustomerOnce() throws Exception {
        seedShop();
        String dataDir = Files.createTempDirectory(Path.of(TestServer.dataDir()), "pull-restart-")
                .toString();
        CustomerApi api = start(dataDir);
        long id = api.call("POST", "rest/V1/migration/runs", api.adminToken(), "{\"mode\":\"full\"}")
                .object()
                .getJsonNumber("id")
                .longValue();
        JsonObject halfway = awaitWritten(api, id, 2 * 500);
        ApiResponse second = api.call("POST", "rest/V1/migration/runs", api.adminToken(), "{\"mode\":\"delta\"}");
        service.kill();
        assertThat(halfway.getString("status"))
                .as("killed while running: %s", halfway)
                .isEqualTo("running");
        assertThat(second.status()).isEqualTo(400);
        assertThat(second.message())
                .isEqualTo("A migration run is already running (run " + id + "). Wait until it ends.");

        CustomerApi restarted = start(dataDir);
        JsonObject run = MigrationRuns.awaitEnd(restarted, id, Duration.ofMinutes(4));

        assertThat(run.getString("status")).as("run %s", run).isEqualTo("completed");
        assertThat(run.getJsonNumber("rows_read").longValue()).isEqualTo(CUSTOMERS);
        assertThat(run.getJsonNumber("rows_written").longValue()).isEqualTo(CUSTOMERS);
        assertThat(customersInTheShopsDomain(restarted)).isEqualTo(CUSTOMERS);
        for (long customer : new long[] {FIRST_ID, FIRST_ID + CUSTOMERS / 2, FIRST_ID + CUSTOMERS - 1}) {
            JsonObject copy = restarted
                    .call("GET", "rest/V1/customers/" + customer, restarted.adminToken(), null)
                    .object();
            assertThat(copy.getJsonNumber("id").longValue()).isEqualTo(customer);
            assertThat(copy.getJsonArray("addresses")).hasSize(1);
        }
        long again = restarted
                .call("POST", "rest/V1/migration/runs", restarted.adminToken(), "{\"mode\":\"full\"}")
                .object()
                .getJsonNumber("id")
                .longValue();
        JsonObject second2 = MigrationRuns.awaitEnd(restarted, again, Duration.ofMinutes(2));
        assertThat(second2.getJsonNumber("rows_written").longValue())
                .as("run %s", second2)
                .isZero();
        assertThat(second2.getJsonNumber("rows_unchanged").longValue()).isEqualTo(CUSTOMERS);
        for (Path log : service.logs()) {
            assertThat(Files.readString(log)).as("log %s", log).doesNotContain(MagentoDatabase.READ_ONLY_PASSWORD);
        }
    }

    /** 10,000 customers with one address each, written by MariaDB itself from its sequence engine. */
    private static void seedShop() {
        MAGENTO.execute(
                "INSERT INTO customer_entity (entity_id, website_id, email, group_id, store_id, created_in, "
                        + "firstname, lastname, password_hash, default_billing, default_shipping) SELECT ? + seq, 1, "
                        + "CONCAT('restart-', seq, ?), 1, 1, 'Default Store View', 'Restart', CONCAT('Customer ', seq), "
                        + "NULL, ? + seq, ? + seq FROM seq_0_to_" + (CUSTOMERS - 1),
                FIRST_ID,
                DOMAIN,
                FIRST_ID,
                FIRST_ID);
        MAGENTO.execute(
                "INSERT INTO customer_address_entity (entity_id, parent_id, city, country_id, firstname, "
                        + "lastname, postcode, street, telephone) SELECT ? + seq, ? + seq, 'Calder', 'US', 'Restart', "
                        + "'Customer', '49628', CONCAT(seq, ' Honey Bluff Parkway'), '(555) 229-3326' FROM seq_0_to_"
                        + (CUSTOMERS - 1),
                FIRST_ID,
                FIRST_ID);
        assertThat(MAGENTO.count("SELECT COUNT(*) FROM customer_entity")).isEqualTo(CUSTOMERS);
    }

    private static long customersInTheShopsDomain(CustomerApi api) {
        String search = "rest/V1/customers/search?searchCriteria[filter_groups][0][filters][0][field]=email"
                + "&searchCriteria[filter_groups][0][filters][0][value]=%25" + DOMAIN
                + "&searchCriteria[filter_groups][0][filters][0][condition_type]=like&searchCriteria[pageSize]=1";
        ApiResponse response = api.call("GET", search, api.adminToken(), null);
        assertThat(response.status()).as("search: %s", response).isEqualTo(200);
        return response.object().getJsonNumber("total_count").longValue();
    }

    /** Polls the run (a guard of 2 minutes) until it has written at least {@code rows}. */
    private static JsonObject awaitWritten(CustomerApi api, long id, long rows) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        JsonObject run = MigrationRuns.get(api, id);
        while (run.getJsonNumber("rows_written").longValue() < rows && "running".equals(run.getString("status"))) {
            assertThat(Instant.now()).as("run %s", run).isBefore(deadline);
            MailServer.sleep(20);
            run = MigrationRuns.get(api, id);
        }
        return run;
    }

    /** Starts the packaged WAR with the settings that reach the shop's database; the same port each time. */
    private CustomerApi start(String dataDir) throws IOException {
        service.start(PackagedWar.asRootWith(MAGENTO.serviceSettings()), dataDir);
        return service.api();
    }
}
