package com.customeraccounts.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * PostgreSQL stopped under a create load, then started again, against the service in a process of its own:
 * while the database is away every create is answered at once with Magento's 503 and readiness is DOWN; once it
 * is back the same process creates accounts again, and no account is half-written.
 */
@EnabledIfSystemProperty(named = "it.database", matches = "postgresql")
class DatabaseOutageIT {

    private static final String UNAVAILABLE = "{\"message\":\"The server is temporarily unable to service your "
            + "request due to maintenance downtime or capacity problems. Please try again later.\"}";
    /** Well under the 10 s the first requests used to hang for, and under a client's usual timeout. */
    private static final Duration BOUND = Duration.ofSeconds(5);

    private static final int CLIENTS = 8;

    private final OwnDatabaseService own = new OwnDatabaseService();

    @AfterEach
    void stopAll() throws Exception {
        own.close();
    }

    @Test
    void everyCreateDuringTheOutageGetsA503QuicklyAndTheServiceRecoversWithoutARestart() throws Exception {
        own.start();
        CustomerApi api = own.api();
        List<CreateLoad.Create> creates;
        Instant stopped;
        Instant restarting;
        ApiResponse readyDuringOutage;
        Duration readyTook;
        CreateLoad load = new CreateLoad(api, CLIENTS, null);
        try {
            load.await("creates succeed before the outage", all -> succeeded(all) >= 2 * CLIENTS);

            own.database().stop();
            stopped = Instant.now();
            load.await(
                    "every client answered three times during the outage",
                    all -> all.stream()
                                    .filter(create -> create.sent().isAfter(stopped))
                                    .count()
                            >= 3L * CLIENTS);
            Instant askedReady = Instant.now();
            readyDuringOutage = api.send("GET", "health/ready", null, List.of());
            readyTook = Duration.between(askedReady, Instant.now());

            restarting = Instant.now();
            own.database().start();
            load.await(
                    "creates succeed again after the restart",
                    all -> all.stream()
                                    .filter(create -> create.sent().isAfter(restarting) && create.succeeded())
                                    .count()
                            >= 2L * CLIENTS);
        } finally {
            load.close();
        }
        creates = load.creates();
        ApiResponse readyAfter = api.send("GET", "health/ready", null, List.of());

        List<CreateLoad.Create> duringOutage = creates.stream()
                .filter(create -> create.within(stopped, restarting))
                .toList();
        System.out.printf(
                "DatabaseOutageIT: %d creates, %d of them during the outage; slowest %s; readiness answered in %s%n",
                creates.size(),
                duringOutage.size(),
                creates.stream().map(CreateLoad.Create::took).max(Comparator.naturalOrder()),
                readyTook);
        assertThat(readyDuringOutage.status()).as(readyDuringOutage.toString()).isEqualTo(503);
        assertThat(HealthIT.check(readyDuringOutage, "database").getString("status"))
                .isEqualTo("DOWN");
        assertThat(readyTook).as("readiness answered").isLessThan(BOUND);
        assertThat(readyAfter.status()).as(readyAfter.toString()).isEqualTo(200);
        assertThat(duringOutage).hasSizeGreaterThanOrEqualTo(CLIENTS);
        for (CreateLoad.Create create : duringOutage) {
            ApiResponse answer = create.answer().orElseThrow();
            assertThat(answer.status()).as(answer.toString()).isEqualTo(503);
            assertThat(answer.body()).isEqualTo(UNAVAILABLE);
        }
        for (CreateLoad.Create create : creates) {
            assertThat(create.answer()).as("%s answered", create.email()).isPresent();
            assertThat(create.took()).as("%s answered", create.email()).isLessThan(BOUND);
            ApiResponse answer = create.answer().get();
            if (answer.status() == 200) {
                assertThat(((JsonObject) answer.json()).getString("email")).isEqualTo(create.email());
            } else if (answer.status() == 503) {
                assertThat(answer.body()).isEqualTo(UNAVAILABLE);
            } else {
                // in flight as the database went: its commit failed, and JTA does not say why
                assertThat(answer.status()).as(answer.toString()).isEqualTo(500);
                assertThat(create.sent()).as("sent before the stop").isBefore(stopped);
                assertThat(create.answered()).as("answered after the stop").isAfter(stopped);
                assertThat(answer.message()).startsWith("Internal Error. Details are available in Magento log file.");
            }
        }
        try (Connection db = own.database().connection()) {
            CreateLoad.assertAllOrNothing(db, creates);
        }
    }

    private static long succeeded(List<CreateLoad.Create> creates) {
        return creates.stream().filter(CreateLoad.Create::succeeded).count();
    }
}
