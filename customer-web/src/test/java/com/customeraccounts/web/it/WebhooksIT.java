package com.customeraccounts.web.it;

import static com.customeraccounts.web.it.MagentoAssertions.assertCreated;
import static com.customeraccounts.web.it.MagentoAssertions.assertError;
import static com.customeraccounts.web.it.SampleCustomers.minimalCustomer;
import static com.customeraccounts.web.it.SampleCustomers.request;
import static com.customeraccounts.web.it.SampleCustomers.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import com.svix.Webhook;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Account events out, through the deployed WAR, to two endpoints served by a real HTTP server in the test:
 * {@code /erp} wants every event, {@code /crm} only creations and deletions. What they receive is read with the
 * CloudEvents SDK and its signature checked with Svix's Standard Webhooks library, as a receiver would.
 */
class WebhooksIT extends SystemTest {

    private static final String SECOND = "fixture_second_store/";
    private static final String ERP_SECRET = secret();
    private static final String CRM_SECRET = secret();
    private static final Duration DELIVERY = Duration.ofSeconds(30);
    private static final WebhookReceiver RECEIVER = new WebhookReceiver();
    private static final Path FILE = webhooksFile();

    @OwnServer
    static WebArchive deployment() {
        return PackagedWar.asRootWith("webhooks.file=" + FILE);
    }

    @AfterEach
    void receiverUpAgain() {
        RECEIVER.answer(204);
    }

    @AfterAll
    static void stopReceiver() {
        RECEIVER.close();
    }

    @Test
    void aWholeAccountLifeReachesEachEndpointOnceInOrderSignedAndInMagentosShape() throws Exception {
        String email = uniqueEmail();
        JsonObject body = Json.createObjectBuilder()
                .add("customer", minimalCustomer(email).add("website_id", 2))
                .add("password", "Password1")
                .build();
        long id = assertCreated(api.createAccount(body)).getJsonNumber("id").longValue();
        String admin = api.adminToken();
        assertThat(api.call(
                                "PUT",
                                "rest/" + SECOND + "V1/customers/" + email + "/activate",
                                admin,
                                "{\"confirmationKey\":\"" + confirmationKey(email) + "\"}")
                        .status())
                .isEqualTo(200);
        String requestId = "webhooks-" + UUID.randomUUID();
        ApiResponse updated = api.send(
                "PUT",
                "rest/V1/customers/" + id,
                "{\"customer\":{\"lastname\":\"Renamed\"}}",
                List.of(
                        "Authorization",
                        "Bearer " + admin,
                        "Content-Type",
                        "application/json",
                        "X-Request-Id",
                        requestId));
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        String token = api.customerToken(SECOND, email, "Password1");
        assertThat(api.call(
                                "PUT",
                                "rest/" + SECOND + "V1/customers/me/password",
                                token,
                                "{\"currentPassword\":\"Password1\",\"newPassword\":\"123@Test\"}")
                        .body())
                .isEqualTo("true");
        JsonObject lastState =
                api.call("GET", "rest/V1/customers/" + id, admin, null).object();
        assertThat(api.call("DELETE", "rest/V1/customers/" + id, admin, null).body())
                .isEqualTo("true");

        List<WebhookReceiver.Received> erp = RECEIVER.awaitAbout("/erp", id, 5, DELIVERY);
        assertThat(erp)
                .extracting(WebhookReceiver.Received::type)
                .containsExactly(
                        "customer.created",
                        "customer.confirmed",
                        "customer.updated",
                        "customer.password_changed",
                        "customer.deleted");
        for (WebhookReceiver.Received event : erp) {
            new Webhook(ERP_SECRET).verify(event.body(), event.headers());
            CloudEvent parsed = EventFormatProvider.getInstance()
                    .resolveFormat(JsonFormat.CONTENT_TYPE)
                    .deserialize(event.body().getBytes(StandardCharsets.UTF_8));
            assertThat(parsed.getSpecVersion().toString()).isEqualTo("1.0");
            assertThat(parsed.getId()).isEqualTo(event.header("webhook-id"));
            assertThat(parsed.getSubject()).isEqualTo(Long.toString(id));
            assertThat(parsed.getType()).isEqualTo(event.type());
            assertThat(event.header("content-type")).startsWith("application/cloudevents+json");
            JsonObject data = event.json().getJsonObject("data");
            assertThat(data.getJsonNumber("id").longValue()).isEqualTo(id);
            assertThat(data.getString("email")).isEqualTo(email);
            assertThat(event.body())
                    .doesNotContain("Password1", "123@Test", "password_hash", "rp_token", "confirmation\":\"");
        }
        assertThat(erp.get(2).json().getJsonObject("data").getString("lastname"))
                .isEqualTo("Renamed");
        assertThat(erp.get(2).json().getString("requestid")).isEqualTo(requestId);
        assertThat(erp.get(4).json().getJsonObject("data"))
                .as("a deletion's event carries the customer as it was")
                .isEqualTo(lastState);
        assertThat(erp.stream().map(e -> e.header("webhook-id")).distinct()).hasSize(5);

        List<WebhookReceiver.Received> crm = RECEIVER.awaitAbout("/crm", id, 2, DELIVERY);
        assertThat(crm)
                .extracting(WebhookReceiver.Received::type)
                .containsExactly("customer.created", "customer.deleted");
        new Webhook(CRM_SECRET).verify(crm.get(0).body(), crm.get(0).headers());
        assertThat(crm.get(0).header("webhook-id"))
                .as("one event, one id, whichever endpoint it goes to")
                .isEqualTo(erp.get(0).header("webhook-id"));

        JsonObject shown = events(id);
        assertThat(shown.getInt("total_count")).isEqualTo(7);
        JsonObject newest = shown.getJsonArray("items").getJsonObject(0);
        assertThat(newest.getString("type")).isEqualTo("customer.deleted");
        assertThat(newest.getString("status")).isEqualTo("delivered");
        assertThat(newest.getInt("last_status")).isEqualTo(204);
        assertThat(newest.containsKey("delivered_at")).isTrue();
    }

    @Test
    void aChangeRefusedWritesNoEventAndALockIsNone() {
        String email = uniqueEmail();
        long id = created(email);
        assertError(
                api.call(
                        "PUT",
                        "rest/V1/customers/" + id,
                        api.adminToken(),
                        "{\"customer\":{\"email\":\"not-an-email\"}}"),
                400,
                "\"Email\" is not a valid email address.");
        for (int i = 0; i < 10; i++) {
            api.issueCustomerToken("", email, "Wrong-" + i);
        }
        assertThat(api.send(
                                "DELETE",
                                "rest/V1/customers/" + id + "/lock",
                                null,
                                List.of("Authorization", "Bearer " + api.adminToken()))
                        .body())
                .isEqualTo("true");

        JsonObject shown = events(id);
        assertThat(shown.getJsonArray("items"))
                .extracting(item -> item.asJsonObject().getString("type") + " to "
                        + item.asJsonObject().getString("endpoint"))
                .containsExactly("customer.created to crm", "customer.created to erp");
    }

    @Test
    void eventsWaitInOrderForAnEndpointThatIsDownOrFailingAndArriveOnceItTakesThem() {
        RECEIVER.stop();
        long id;
        try {
            id = created(uniqueEmail());
            for (String name : List.of("First", "Second")) {
                assertThat(api.call(
                                        "PUT",
                                        "rest/V1/customers/" + id,
                                        api.adminToken(),
                                        "{\"customer\":{\"lastname\":\"" + name + "\"}}")
                                .status())
                        .isEqualTo(200);
            }
            JsonObject down = WebhookReceiver.await(
                    () -> events(id), shown -> erpRows(shown).get(2).getInt("attempts") >= 1, DELIVERY);
            assertThat(erpRows(down).get(2).getString("status")).isEqualTo("failing");
            assertThat(erpRows(down).get(2).getInt("last_status"))
                    .as("no answer")
                    .isZero();
            RECEIVER.answer(503);
        } finally {
            RECEIVER.start();
        }
        JsonObject failing = WebhookReceiver.await(
                () -> events(id), shown -> erpRows(shown).get(2).getInt("last_status") == 503, DELIVERY);
        List<JsonObject> erp = erpRows(failing);
        assertThat(erp.get(2).getString("last_error")).contains("HTTP 503");
        assertThat(erp.subList(0, 2))
                .as("the later events are not tried before the first is delivered")
                .allSatisfy(row -> assertThat(row.getInt("attempts")).isZero());
        RECEIVER.answer(204);

        List<WebhookReceiver.Received> arrived = RECEIVER.awaitAbout("/erp", id, 3, Duration.ofSeconds(60));
        assertThat(arrived)
                .extracting(e -> e.type() + " " + e.json().getJsonObject("data").getString("lastname"))
                .containsExactly("customer.created Doe", "customer.updated First", "customer.updated Second");
    }

    @Test
    void aChangedAttributeIsAnUpdateWhoseDataCarriesTheNewValue() {
        long id = created(uniqueEmail());
        assertThat(api.call(
                                "PUT",
                                "rest/V1/customers/" + id,
                                api.adminToken(),
                                "{\"customer\":{\"custom_attributes\":[{\"attribute_code\":\"heard_from\","
                                        + "\"value\":\"radio\"}]}}")
                        .status())
                .isEqualTo(200);

        List<WebhookReceiver.Received> events = RECEIVER.awaitAbout("/erp", id, 2, DELIVERY);
        assertThat(events)
                .extracting(WebhookReceiver.Received::type)
                .containsExactly("customer.created", "customer.updated");
        assertThat(events.get(1)
                        .json()
                        .getJsonObject("data")
                        .getJsonArray("custom_attributes")
                        .toString())
                .isEqualTo("[{\"attribute_code\":\"heard_from\",\"value\":\"radio\"}]");
    }

    @Test
    void importedCustomersAreAnnouncedWithTheirData() throws Exception {
        String first = uniqueEmail();
        String second = uniqueEmail();
        String csv = "email,_website,firstname,lastname\n" + first + ",base,Ada,Imported\n" + second
                + ",base,Bob,Imported\n";
        assertThat(api.call(
                                "POST",
                                "rest/V1/import/csv",
                                api.adminToken(),
                                CsvImportIT.importRequest(
                                                "customer", "add_update", "validation-stop-on-errors", "0", csv)
                                        .toString())
                        .body())
                .isEqualTo("[\"Entities Processed: 2\"]");

        List<Long> ids = new ArrayList<>();
        for (String email : List.of(first, second)) {
            long id = idOf(email);
            ids.add(id);
            List<WebhookReceiver.Received> events = RECEIVER.awaitAbout("/erp", id, 1, DELIVERY);
            assertThat(events).extracting(WebhookReceiver.Received::type).containsExactly("customer.imported");
            assertThat(events.get(0).json().getJsonObject("data").getString("email"))
                    .isEqualTo(email);
            new Webhook(ERP_SECRET).verify(events.get(0).body(), events.get(0).headers());
        }

        assertThat(api.call(
                                "POST",
                                "rest/V1/import/csv",
                                api.adminToken(),
                                CsvImportIT.importRequest(
                                                "customer",
                                                "delete",
                                                "validation-stop-on-errors",
                                                "0",
                                                "email,_website\n" + first + ",base\n")
                                        .toString())
                        .body())
                .isEqualTo("[\"Entities Processed: 1\"]");
        List<WebhookReceiver.Received> deleted = RECEIVER.awaitAbout("/crm", ids.get(0), 1, DELIVERY);
        assertThat(deleted).extracting(WebhookReceiver.Received::type).containsExactly("customer.deleted");
        assertThat(deleted.get(0).json().containsKey("data"))
                .as("the customer is gone when the event is made")
                .isFalse();
        assertThat(RECEIVER.awaitAbout("/erp", ids.get(0), 2, DELIVERY))
                .extracting(WebhookReceiver.Received::type)
                .containsExactly("customer.imported", "customer.deleted");
        JsonObject history = api.send(
                        "GET",
                        "rest/V1/customers/" + ids.get(0) + "/audit",
                        null,
                        List.of("Authorization", "Bearer " + api.adminToken()))
                .object();
        JsonObject last = history.getJsonArray("items").getJsonObject(0);
        assertThat(last.getString("event")).isEqualTo("deleted");
        assertThat(last.getString("actor")).startsWith("admin ");
    }

    @Test
    void theCustomersOfADeletedGroupAreUpdatedIntoTheDefaultGroup() {
        String admin = api.adminToken();
        long group = api.call(
                        "POST",
                        "rest/V1/customerGroups",
                        admin,
                        "{\"group\":{\"code\":\"Webhooks "
                                + UUID.randomUUID().toString().substring(0, 8) + "\",\"tax_class_id\":3}}")
                .object()
                .getJsonNumber("id")
                .longValue();
        long id = assertCreated(api.createAccountWithToken(
                        admin, request(minimalCustomer(uniqueEmail()).add("group_id", group), "Password1")))
                .getJsonNumber("id")
                .longValue();
        RECEIVER.awaitAbout("/erp", id, 1, DELIVERY);
        assertThat(api.call("GET", "rest/V1/customers/" + id, admin, null)
                        .object()
                        .getInt("group_id"))
                .isEqualTo(group);

        assertThat(api.call("DELETE", "rest/V1/customerGroups/" + group, admin, null)
                        .body())
                .isEqualTo("true");
        assertThat(api.call("GET", "rest/V1/customers/" + id, admin, null)
                        .object()
                        .getInt("group_id"))
                .as("shown at once in Magento's default group")
                .isEqualTo(1);

        List<WebhookReceiver.Received> events = RECEIVER.awaitAbout("/erp", id, 2, DELIVERY);
        assertThat(events)
                .extracting(WebhookReceiver.Received::type)
                .containsExactly("customer.created", "customer.updated");
        assertThat(events.get(1).json().getJsonObject("data").getInt("group_id"))
                .as("Magento's default group")
                .isEqualTo(1);
        JsonObject history = api.send(
                        "GET", "rest/V1/customers/" + id + "/audit", null, List.of("Authorization", "Bearer " + admin))
                .object();
        JsonObject last = history.getJsonArray("items").getJsonObject(0);
        assertThat(last.getString("event")).isEqualTo("group_changed");
        assertThat(last.getString("actor")).startsWith("admin ");
        assertThat(last.getJsonArray("fields").getString(0)).isEqualTo("group_id");
    }

    /**
     * A second instance on the same database (PostgreSQL), both draining the outbox: each event reaches the
     * endpoint once, each customer's in the order of its changes, whichever instance made them.
     */
    @Test
    @EnabledIfSystemProperty(named = "it.database", matches = "postgresql")
    void twoInstancesOnOneDatabaseDeliverEachEventOnceAndEachCustomersInOrder() throws Exception {
        ServiceProcess other = new ServiceProcess();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        // shown by the first instance while it is alone on the database, so kept in its memory
        long early = created(uniqueEmail());
        assertThat(api.call("GET", "rest/V1/customers/" + early, api.adminToken(), null)
                        .object()
                        .getString("lastname"))
                .isEqualTo("Doe");
        try {
            List<String> options = new ArrayList<>(TestServer.databaseOptions("webhooksit"));
            options.add("-Dwebhooks.file=" + FILE);
            other.start(
                    PackagedWar.asRoot(),
                    Files.createTempDirectory(Path.of(TestServer.dataDir()), "webhooks-other-")
                            .toString(),
                    options.toArray(String[]::new));
            List<CustomerApi> instances = List.of(api, other.api());
            assertThat(other.api()
                            .call(
                                    "PUT",
                                    "rest/V1/customers/" + early,
                                    other.api().adminToken(),
                                    "{\"customer\":{\"lastname\":\"Changed elsewhere\"}}")
                            .status())
                    .isEqualTo(200);
            assertThat(api.call("GET", "rest/V1/customers/" + early, api.adminToken(), null)
                            .object()
                            .getString("lastname"))
                    .as("the first instance, after the second changed the customer it had shown")
                    .isEqualTo("Changed elsewhere");
            List<Future<Long>> customers = new ArrayList<>();
            for (int c = 0; c < 8; c++) {
                int first = c;
                customers.add(clients.submit(() -> {
                    CustomerApi creating = instances.get(first % 2);
                    long id = assertCreated(creating.createAccount(request(minimalCustomer(uniqueEmail()))))
                            .getJsonNumber("id")
                            .longValue();
                    for (int u = 1; u <= 4; u++) {
                        CustomerApi updating = instances.get((first + u) % 2);
                        assertThat(updating.call(
                                                "PUT",
                                                "rest/V1/customers/" + id,
                                                updating.adminToken(),
                                                "{\"customer\":{\"lastname\":\"U" + u + "\"}}")
                                        .status())
                                .isEqualTo(200);
                    }
                    return id;
                }));
            }
            Set<String> ids = new HashSet<>();
            for (Future<Long> customer : customers) {
                long id = customer.get();
                List<WebhookReceiver.Received> events = RECEIVER.awaitAbout("/erp", id, 5, Duration.ofSeconds(60));
                assertThat(events)
                        .extracting(e -> e.json().getJsonObject("data").getString("lastname"))
                        .containsExactly("Doe", "U1", "U2", "U3", "U4");
                events.forEach(e -> assertThat(ids.add(e.header("webhook-id")))
                        .as("received once: %s", e.header("webhook-id"))
                        .isTrue());
                assertThat(RECEIVER.about("/crm", id)).hasSize(1);
            }
        } finally {
            clients.shutdownNow();
            other.stop();
        }
    }

    private long created(String email) {
        return assertCreated(api.createAccount(request(minimalCustomer(email), "Password1")))
                .getJsonNumber("id")
                .longValue();
    }

    private long idOf(String email) {
        JsonObject found = api.call(
                        "GET",
                        "rest/V1/customers/search?searchCriteria[filterGroups][0][filters][0][field]=email"
                                + "&searchCriteria[filterGroups][0][filters][0][value]="
                                + email.replace("+", "%2B"),
                        api.adminToken(),
                        null)
                .object();
        return found.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private JsonObject events(long id) {
        ApiResponse answer = api.send(
                "GET",
                "rest/V1/customers/" + id + "/events?pageSize=50",
                null,
                List.of("Authorization", "Bearer " + api.adminToken()));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.object();
    }

    /** The rows for {@code erp}, newest first. */
    private static List<JsonObject> erpRows(JsonObject shown) {
        return shown.getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .filter(row -> row.getString("endpoint").equals("erp"))
                .toList();
    }

    private static String confirmationKey(String email) {
        List<MimeMessage> messages = MailServer.awaitMessagesTo(email, 1, DELIVERY);
        String link = ReceivedEmail.of(messages.get(0)).link("http://localhost:8080/customer/account/confirm/");
        Matcher key = Pattern.compile("[?&]key=([^&]+)").matcher(link);
        assertThat(key.find()).as(link).isTrue();
        return URLDecoder.decode(key.group(1), StandardCharsets.UTF_8);
    }

    private static String secret() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }

    private static Path webhooksFile() {
        String json = Json.createArrayBuilder()
                .add(Json.createObjectBuilder()
                        .add("name", "erp")
                        .add("url", RECEIVER.url("/erp").toString())
                        .add("secret", ERP_SECRET)
                        .add(
                                "events",
                                Json.createArrayBuilder()
                                        .add("customer.created")
                                        .add("customer.updated")
                                        .add("customer.deleted")
                                        .add("customer.confirmed")
                                        .add("customer.password_changed")
                                        .add("customer.imported")))
                .add(Json.createObjectBuilder()
                        .add("name", "crm")
                        .add("url", RECEIVER.url("/crm").toString())
                        .add("secret", CRM_SECRET)
                        .add(
                                "events",
                                Json.createArrayBuilder()
                                        .add("customer.created")
                                        .add("customer.deleted")))
                .build()
                .toString();
        try {
            Path file = Files.createTempFile(Path.of(TestServer.dataDir()), "webhooks-", ".json");
            return Files.writeString(file, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
