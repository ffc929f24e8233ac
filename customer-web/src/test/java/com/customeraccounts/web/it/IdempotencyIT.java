package com.customeraccounts.web.it;

import static com.customeraccounts.web.it.MagentoAssertions.assertCreated;
import static com.customeraccounts.web.it.MagentoAssertions.assertError;
import static com.customeraccounts.web.it.SampleCustomers.minimalCustomer;
import static com.customeraccounts.web.it.SampleCustomers.request;
import static com.customeraccounts.web.it.SampleCustomers.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * {@code Idempotency-Key} on the routes that change an account: a retry replays the first answer and does
 * nothing twice; the same key for another request is refused; without the header nothing changes.
 */
class IdempotencyIT extends SystemTest {

    private static final String KEY_REUSED =
            "This Idempotency-Key was already used for another request. Use a new key for a new request.";
    private static final String STILL_RUNNING =
            "The request with this Idempotency-Key is still being processed. Try again later.";

    private static String newKey() {
        return "signup-" + UUID.randomUUID();
    }

    private ApiResponse create(String key, String body, String... moreHeaders) {
        List<String> headers = new ArrayList<>(List.of("Idempotency-Key", key));
        headers.addAll(List.of(moreHeaders));
        return api.post("rest/V1/customers", body, headers);
    }

    private JsonArray emailsOf(long id) {
        ApiResponse list = api.send(
                "GET",
                "rest/V1/customers/" + id + "/emails",
                null,
                List.of("Authorization", "Bearer " + api.adminToken()));
        assertThat(list.status()).isEqualTo(200);
        return list.json().asJsonArray();
    }

    @Test
    void aRetriedCreateGetsTheFirstAnswerAgainAndQueuesOneEmail() {
        String email = uniqueEmail();
        String body = request(minimalCustomer(email), "Password1").toString();
        String key = newKey();

        ApiResponse first = create(key, body);
        ApiResponse retry = create(key, body);

        long id = assertCreated(first).getJsonNumber("id").longValue();
        assertThat(first.header("Idempotent-Replayed")).isEmpty();
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Idempotent-Replayed")).contains("true");
        assertThat(MailServer.awaitMessagesTo(email, 1, Duration.ofSeconds(15))).hasSize(1);
        assertThat(emailsOf(id)).as("emails queued for the account").hasSize(1);
        assertThat(api.customerToken(email, "Password1"))
                .as("the password of the first request")
                .isNotBlank();
    }

    @Test
    void theSameKeyForAnotherBodyOrAnotherPasswordIsRefusedWith422AndCreatesNothing() {
        String key = newKey();
        String email = uniqueEmail();
        assertCreated(create(key, request(minimalCustomer(email), "Password1").toString()));

        String otherEmail = uniqueEmail();
        assertError(
                create(key, request(minimalCustomer(otherEmail), "Password1").toString()), 422, KEY_REUSED);
        assertError(create(key, request(minimalCustomer(email), "Password2").toString()), 422, KEY_REUSED);

        ApiResponse available = api.post(
                "rest/V1/customers/isEmailAvailable",
                Json.createObjectBuilder()
                        .add("customerEmail", otherEmail)
                        .build()
                        .toString(),
                List.of());
        assertThat(available.body()).isEqualTo("true");
    }

    @Test
    void concurrentRetriesOfOneCreateMakeOneAccountAndEachGetsItsAnswerOrA409() throws Exception {
        String email = uniqueEmail();
        String body = request(minimalCustomer(email), "Password1").toString();
        String key = newKey();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<ApiResponse> answers = new ArrayList<>();
        try {
            List<Callable<ApiResponse>> retries = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                retries.add(() -> create(key, body));
            }
            for (Future<ApiResponse> answer : clients.invokeAll(retries)) {
                answers.add(answer.get());
            }
        } finally {
            clients.shutdownNow();
        }

        List<ApiResponse> created =
                answers.stream().filter(a -> a.status() == 200).toList();
        assertThat(created).as("answers with the account").isNotEmpty();
        assertThat(created)
                .extracting(ApiResponse::body)
                .containsOnly(created.get(0).body());
        assertThat(created.stream().filter(a -> a.header("Idempotent-Replayed").isEmpty()))
                .as("answers not replayed: the one request that created the account")
                .hasSize(1);
        for (ApiResponse other : answers) {
            if (other.status() != 200) {
                assertError(other, 409, STILL_RUNNING);
            }
        }
        long id = created.get(0).object().getJsonNumber("id").longValue();
        assertThat(emailsOf(id)).hasSize(1);
    }

    @Test
    void aRequestThatFailedIsDoneAfreshWhenRetriedWithItsKey() {
        String key = newKey();
        String email = uniqueEmail();
        String invalid = request(minimalCustomer(email).add("firstname", ""), "Password1")
                .toString();

        assertError(create(key, invalid), 400, "\"First Name\" is a required value.");
        ApiResponse again = create(key, invalid);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.header("Idempotent-Replayed")).isEmpty();

        assertCreated(create(key, request(minimalCustomer(email), "Password1").toString()));
    }

    @Test
    void aKeyBelongsToItsCaller() {
        String key = newKey();
        assertCreated(
                create(key, request(minimalCustomer(uniqueEmail()), "Password1").toString()));

        ApiResponse byAdmin = create(
                key, request(minimalCustomer(uniqueEmail())).toString(), "Authorization", "Bearer " + api.adminToken());

        assertCreated(byAdmin);
        assertThat(byAdmin.header("Idempotent-Replayed")).isEmpty();
    }

    @Test
    void aRetriedUpdateOfMyAccountAndARetriedResetRequestAreDoneOnce() {
        String email = uniqueEmail();
        long id = assertCreated(api.createAccount(request(minimalCustomer(email), "Password1")))
                .getJsonNumber("id")
                .longValue();
        String token = api.customerToken(email, "Password1");
        String update =
                request(minimalCustomer(email).add("lastname", "Retried")).toString();
        String key = newKey();
        List<String> headers =
                List.of("Content-Type", "application/json", "Authorization", "Bearer " + token, "Idempotency-Key", key);

        ApiResponse first = api.send("PUT", "rest/V1/customers/me", update, headers);
        ApiResponse retry = api.send("PUT", "rest/V1/customers/me", update, headers);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.object().getString("lastname")).isEqualTo("Retried");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Idempotent-Replayed")).contains("true");

        String reset = Json.createObjectBuilder()
                .add("email", email)
                .add("template", "email_reset")
                .add("websiteId", 1)
                .build()
                .toString();
        List<String> resetHeaders = List.of("Content-Type", "application/json", "Idempotency-Key", newKey());
        assertThat(api.send("PUT", "rest/V1/customers/password", reset, resetHeaders)
                        .body())
                .isEqualTo("true");
        ApiResponse resetAgain = api.send("PUT", "rest/V1/customers/password", reset, resetHeaders);
        assertThat(resetAgain.body()).isEqualTo("true");
        assertThat(resetAgain.header("Idempotent-Replayed")).contains("true");
        assertThat(emailsOf(id).stream().map(e -> e.asJsonObject().getString("type")))
                .as("the welcome email and one reset email")
                .hasSize(2);
    }

    @Test
    void aKeyThatIsNotOneToTwoHundredFiftyFiveVisibleAsciiCharactersIs400() {
        String body = request(minimalCustomer(uniqueEmail()), "Password1").toString();

        assertError(
                create("has space", body),
                400,
                "Invalid value of \"%value\" provided for the %fieldName field.",
                "fieldName",
                "Idempotency-Key",
                "value",
                "has space");
        assertThat(create("k".repeat(256), body).status()).isEqualTo(400);
        assertCreated(create("k".repeat(255), body));
    }
}
