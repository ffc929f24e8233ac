package com.customeraccounts.web.it;

import static com.customeraccounts.web.it.MagentoAssertions.assertCreated;
import static com.customeraccounts.web.it.SampleCustomers.minimalCustomer;
import static com.customeraccounts.web.it.SampleCustomers.request;
import static com.customeraccounts.web.it.SampleCustomers.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every request traceable: its {@code X-Request-Id} on the response, on the log lines it causes, in the outbox
 * row of its email and on the lines of that email's delivery, and in the Report ID of its internal error.
 */
class RequestTracingIT extends SystemTest {

    private static final String HEADER = "X-Request-Id";
    private static final Pattern GENERATED = Pattern.compile("[0-9a-f]{16}");
    /** Where a record of Payara's text log begins: its timestamp, at the start of a line. */
    private static final Pattern RECORD_START = Pattern.compile("(?m)^(?=\\[\\d{4}-\\d\\d-\\d\\dT)");

    private static final Pattern MESSAGE_START = Pattern.compile("\\[levelValue: \\d+] (\\[\\[\\s*)?");

    @Test
    void echoesTheClientsSaneRequestId() {
        String id = clientId();

        ApiResponse answer =
                api.send("POST", "rest/V1/customers", "{}", List.of("Content-Type", "application/json", HEADER, id));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header(HEADER)).contains(id);
    }

    @Test
    void replacesAnInsaneRequestIdByAGeneratedOneWithoutRefusingTheRequest() {
        for (String insane : List.of("x".repeat(65), "two words", "<script>alert(1)</script>", "a=b;c", "caf\u00e9")) {
            ApiResponse answer = api.send("GET", "rest/V1/directory/countries/US", null, List.of(HEADER, insane));

            assertThat(answer.status()).as(insane).isEqualTo(200);
            assertThat(answer.header(HEADER))
                    .as(insane)
                    .hasValueSatisfying(id -> assertThat(id).matches(GENERATED).isNotEqualTo(insane));
        }
    }

    @Test
    void generatesAnIdForEveryKindOfAnswer() {
        List<ApiResponse> answers = List.of(
                api.send("GET", "rest/V1/no-such-route", null, List.of()),
                api.send("GET", "no-such-file", null, List.of()),
                api.post("rest/V1/customers", "{}", List.of()),
                api.send("GET", "customer/account/confirm/?id=1&key=nonsense", null, List.of()),
                api.send("GET", "", null, List.of()),
                api.send("GET", "health/live", null, List.of()));

        assertThat(answers).extracting(ApiResponse::status).containsExactly(404, 404, 400, 400, 200, 200);
        List<String> ids = new ArrayList<>();
        for (ApiResponse answer : answers) {
            assertThat(answer.header(HEADER)).as(answer.toString()).hasValueSatisfying(id -> {
                assertThat(id).matches(GENERATED);
                ids.add(id);
            });
        }
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void reportsAFailureInsideARequestUnderItsIdAndLogsEveryLineOfItWithTheId() throws IOException {
        String id = clientId();
        String marker = UUID.randomUUID().toString();

        ApiResponse failed = api.post(
                "rest/V1/customers",
                Json.createObjectBuilder()
                        .add("customer", minimalCustomer(uniqueEmail()))
                        .add("password", "Password1")
                        .add("redirectUrl", RegisteredEventsProbe.FAIL_INSIDE_TRANSACTION + marker)
                        .build()
                        .toString(),
                List.of(HEADER, id));

        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.header(HEADER)).contains(id);
        assertThat(failed.message())
                .isEqualTo("Internal Error. Details are available in Magento log file. Report ID: webapi-" + id);
        List<String> lines = awaitRecords(record -> record.contains(marker), 1);
        assertThat(lines).allSatisfy(record -> assertThat(message(record)).startsWith("[req=" + id + "] "));
        assertThat(lines).anySatisfy(record -> assertThat(record).contains("Report ID: webapi-" + id));
    }

    @Test
    void reportsAFailureOutsideTheRestResourcesUnderItsId() throws IOException {
        String id = clientId();

        ApiResponse failed = api.send("GET", "it-probe/fail", null, List.of(HEADER, id));

        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.header(HEADER)).contains(id);
        assertThat(failed.message())
                .isEqualTo("Internal Error. Details are available in Magento log file. Report ID: webapi-" + id);
        assertThat(awaitRecords(record -> record.contains("Report ID: webapi-" + id), 1))
                .allSatisfy(record -> assertThat(message(record)).startsWith("[req=" + id + "] Report ID"));
    }

    @Test
    void carriesTheSignUpsIdIntoItsOutboxRowAndTheLinesOfTheEmailsDelivery() throws IOException {
        String id = clientId();

        ApiResponse created = api.post(
                "rest/V1/customers",
                request(minimalCustomer(uniqueEmail()), "Password1").toString(),
                List.of(HEADER, id));

        long customerId = assertCreated(created).getJsonNumber("id").longValue();
        JsonObject row = api.send("GET", "rest/V1/it-probe/outbox/" + customerId, null, List.of())
                .json()
                .asJsonArray()
                .getJsonObject(0);
        assertThat(row.getString("request_id")).isEqualTo(id);
        List<String> delivery =
                awaitRecords(record -> record.contains("Delivered email " + row.getString("id") + " "), 1);
        assertThat(message(delivery.get(0))).startsWith("[req=" + id + " customer=" + customerId + "] Delivered");
    }

    /** An id as a client (a proxy, a shop's backend) would send it, unique to the test. */
    private static String clientId() {
        return "it-" + UUID.randomUUID();
    }

    /** The server log's records that match, once there are at least {@code count} (a guard of 15 s). */
    private List<String> awaitRecords(Predicate<String> matching, int count) throws IOException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        List<String> found = records().stream().filter(matching).toList();
        while (found.size() < count) {
            assertThat(Instant.now())
                    .as("%d matching records in %s", count, serverLog)
                    .isBefore(deadline);
            MailServer.sleep(100);
            found = records().stream().filter(matching).toList();
        }
        return found;
    }

    private List<String> records() {
        try {
            return List.of(RECORD_START.split(Files.readString(serverLog)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A record's message: what follows its fields, and the {@code [[} that opens a message of several lines. */
    private static String message(String record) {
        Matcher fields = MESSAGE_START.matcher(record);
        return fields.find() ? record.substring(fields.end()) : record;
    }
}
