package com.customeraccounts.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The probes an orchestrator asks, against the service in a process of its own on a PostgreSQL of its own,
 * which the tests stop and start again: readiness follows the database and the email backlog, liveness
 * only the process.
 */
@EnabledIfSystemProperty(named = "it.database", matches = "postgresql")
class HealthIT {

    private final OwnDatabaseService own = new OwnDatabaseService();

    @AfterEach
    void stopAll() throws Exception {
        own.close();
    }

    @Test
    void readinessIsDownWhileTheDatabaseIsUnreachableAndComesBackWithIt() throws Exception {
        own.start();
        CustomerApi api = own.api();
        ApiResponse ready = api.send("GET", "health/ready", null, List.of());
        assertThat(ready.status()).as(ready.toString()).isEqualTo(200);
        assertThat(check(ready, "database").getString("status")).isEqualTo("UP");
        assertThat(check(ready, "database").getJsonObject("data").getString("schema_version"))
                .matches("\\d+");
        assertThat(check(ready, "email-outbox").getString("status")).isEqualTo("UP");
        assertThat(api.send("GET", "health/started", null, List.of()).status()).isEqualTo(200);

        own.database().stop();
        Instant asked = Instant.now();
        ApiResponse down = api.send("GET", "health/ready", null, List.of());
        assertThat(Duration.between(asked, Instant.now())).isLessThan(Duration.ofSeconds(10));
        assertThat(down.status()).as(down.toString()).isEqualTo(503);
        assertThat(check(down, "database").getString("status")).isEqualTo("DOWN");
        assertThat(down.body()).doesNotContain("postgres:").doesNotContain("jdbc:");
        Instant scraped = Instant.now();
        PrometheusText metrics = PrometheusText.scrape(api);
        assertThat(Duration.between(scraped, Instant.now())).isLessThan(Duration.ofSeconds(10));
        assertThat(metrics.value("email_outbox_backlog"))
                .as("unknown while the database is down")
                .isNaN();
        ApiResponse live = api.send("GET", "health/live", null, List.of());
        assertThat(live.status()).isEqualTo(200);
        assertThat(check(live, "process").getString("status")).isEqualTo("UP");

        own.database().start();
        ApiResponse back = awaitReadiness(api, response -> response.status() == 200);
        assertThat(check(back, "database").getString("status")).isEqualTo("UP");
    }

    @Test
    void readinessIsDownWhileTheOldestDueEmailWaitsLongerThanAllowed() throws Exception {
        own.start("-Dhealth.outbox.max_lag_seconds=60");
        CustomerApi api = own.api();
        assertThat(api.send("GET", "health/ready", null, List.of()).status()).isEqualTo(200);

        try (Connection db = own.database().connection();
                Connection holder = own.database().connection()) {
            // held by another transaction, as a stuck instance holds a row: no instance can claim it
            holder.setAutoCommit(false);
            heldDueEmail(db, holder);
            ApiResponse lagging = api.send("GET", "health/ready", null, List.of());
            assertThat(lagging.status()).as(lagging.toString()).isEqualTo(503);
            JsonObject outbox = check(lagging, "email-outbox");
            assertThat(outbox.getString("status")).isEqualTo("DOWN");
            // Payara writes numeric check data as JSON strings
            assertThat(Long.parseLong(outbox.getJsonObject("data")
                            .get("oldest_due_seconds")
                            .toString()
                            .replace("\"", "")))
                    .isGreaterThanOrEqualTo(600);
            assertThat(check(lagging, "database").getString("status")).isEqualTo("UP");
            holder.rollback();
        }

        awaitReadiness(api, response -> response.status() == 200);
    }

    /**
     * Queues an email due ten minutes ago and locks its row in {@code holder}'s transaction. The service's
     * worker may claim the row between its insert and the lock (it sweeps every second); a claimed row is no
     * longer due, so then another is queued.
     */
    private static void heldDueEmail(Connection db, Connection holder) throws SQLException {
        for (int attempt = 0; attempt < 20; attempt++) {
            long id = OutboxTable.queue(db, Instant.now().minus(Duration.ofMinutes(10)));
            try (Statement lock = holder.createStatement();
                    var row = lock.executeQuery("SELECT attempts FROM email_outbox WHERE id = " + id + " FOR UPDATE")) {
                if (row.next() && row.getInt(1) == 0) {
                    return;
                }
            }
            holder.rollback();
        }
        throw new AssertionError("the worker claimed each of 20 queued emails before it could be held");
    }

    private static ApiResponse awaitReadiness(CustomerApi api, Predicate<ApiResponse> condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        ApiResponse last;
        do {
            last = api.send("GET", "health/ready", null, List.of());
            if (condition.test(last)) {
                return last;
            }
            MailServer.sleep(500);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("readiness did not change within 60 s; last answer " + last);
    }

    static JsonObject check(ApiResponse response, String name) {
        return ((JsonObject) response.json())
                .getJsonArray("checks").stream()
                        .map(JsonValue::asJsonObject)
                        .filter(check -> check.getString("name").equals(name))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no check " + name + " in " + response));
    }
}
