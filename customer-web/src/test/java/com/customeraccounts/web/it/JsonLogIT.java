package com.customeraccounts.web.it;

import static com.customeraccounts.web.it.MagentoAssertions.assertCreated;
import static com.customeraccounts.web.it.SampleCustomers.minimalCustomer;
import static com.customeraccounts.web.it.SampleCustomers.request;
import static com.customeraccounts.web.it.SampleCustomers.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * {@code log.format=json}, on a service of its own: from the application's start on, every line of the log is
 * one JSON object with its time, level, logger and message, and the lines a request causes carry its id and,
 * once known, its customer.
 * The log's shape does not depend on the database: it runs once, on PostgreSQL.
 */
@EnabledIfSystemProperty(named = "it.database", matches = "postgresql")
class JsonLogIT {

    private static final String HEADER = "X-Request-Id";

    private final ServiceProcess service = new ServiceProcess();

    @AfterEach
    void stopService() throws InterruptedException {
        service.stop();
    }

    @Test
    void writesOneJsonObjectALineWithTheRequestIdOfEachLineARequestCaused() throws Exception {
        String dataDir = Files.createTempDirectory(Path.of(TestServer.dataDir()), "json-log-")
                .toString();
        List<String> options = new ArrayList<>(List.of("-Dlog.format=json"));
        options.addAll(TestServer.databaseOptions("json_log"));
        service.start(
                PackagedWar.asRoot().addClass(RegisteredEventsProbe.class), dataDir, options.toArray(String[]::new));
        CustomerApi api = service.api();
        String signUp = "it-" + UUID.randomUUID();
        String failing = "it-" + UUID.randomUUID();

        long customerId = assertCreated(api.post(
                        "rest/V1/customers",
                        request(minimalCustomer(uniqueEmail()), "Password1").toString(),
                        List.of(HEADER, signUp)))
                .getJsonNumber("id")
                .longValue();
        assertThat(api.post(
                                "rest/V1/customers",
                                Json.createObjectBuilder()
                                        .add("customer", minimalCustomer(uniqueEmail()))
                                        .add("password", "Password1")
                                        .add("redirectUrl", RegisteredEventsProbe.FAIL_INSIDE_TRANSACTION)
                                        .build()
                                        .toString(),
                                List.of(HEADER, failing))
                        .status())
                .isEqualTo(500);

        List<JsonObject> lines = awaitLines(parsed -> parsed.stream()
                .anyMatch(line -> signUp.equals(line.getString("request_id", null))
                        && line.getString("message").startsWith("Delivered email")));
        assertThat(lines).allSatisfy(line -> assertThat(line.keySet()).contains("time", "level", "logger", "message"));
        assertThat(lines).anySatisfy(line -> {
            assertThat(line.getString("request_id", null)).isEqualTo(signUp);
            assertThat(line.getJsonNumber("customer_id").longValue()).isEqualTo(customerId);
            assertThat(line.getString("message")).startsWith("Delivered email");
            assertThat(line.getString("logger")).isEqualTo("com.customeraccounts.notification.OutboxWorker");
            assertThat(Instant.parse(line.getString("time"))).isBefore(Instant.now());
        });
        assertThat(lines).anySatisfy(line -> {
            assertThat(line.getString("request_id", null)).isEqualTo(failing);
            assertThat(line.getString("level")).isEqualTo("SEVERE");
            assertThat(line.getString("message"))
                    .isEqualTo("Report ID: webapi-" + failing + "; Message: java.lang.IllegalStateException");
            assertThat(line.getString("stack_trace")).contains("the probe fails this registration");
        });
    }

    /**
     * The log's lines from the first JSON one on (Payara's boot, before the application starts, is in its own
     * format), each parsed, once {@code done} holds of them (a guard of 30 s). Any line that is not one JSON
     * object fails the test.
     */
    private List<JsonObject> awaitLines(Predicate<List<JsonObject>> done) throws IOException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        List<JsonObject> lines = parsed();
        while (!done.test(lines)) {
            assertThat(Instant.now())
                    .as("the expected lines in %s", service.logs().get(0))
                    .isBefore(deadline);
            MailServer.sleep(200);
            lines = parsed();
        }
        return lines;
    }

    private List<JsonObject> parsed() throws IOException {
        String log = Files.readString(service.logs().get(0));
        // only whole lines: the last may still be being written
        List<String> all = log.substring(0, log.lastIndexOf('\n') + 1).lines().toList();
        int first = 0;
        while (first < all.size() && !all.get(first).startsWith("{")) {
            first++;
        }
        List<JsonObject> lines = new ArrayList<>();
        for (String line : all.subList(first, all.size())) {
            try {
                lines.add(Json.createReader(new StringReader(line)).readObject());
            } catch (JsonParsingException notJson) {
                fail("not one JSON object: " + line);
            }
        }
        return lines;
    }
}
