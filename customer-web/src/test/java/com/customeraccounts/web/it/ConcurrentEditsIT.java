package com.customeraccounts.web.it;

import static com.customeraccounts.web.it.MagentoAssertions.assertCreated;
import static com.customeraccounts.web.it.MagentoAssertions.assertError;
import static com.customeraccounts.web.it.SampleCustomers.addresses;
import static com.customeraccounts.web.it.SampleCustomers.alabamaAddress;
import static com.customeraccounts.web.it.SampleCustomers.minimalCustomer;
import static com.customeraccounts.web.it.SampleCustomers.request;
import static com.customeraccounts.web.it.SampleCustomers.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Optimistic concurrency on a customer: a strong {@code ETag} on its reads (and on the answer of a save),
 * {@code If-None-Match} for a 304, {@code If-Match} on {@code PUT} and {@code DELETE} for a 412 when it
 * changed meanwhile. Without the headers, nothing differs from Magento.
 */
class ConcurrentEditsIT extends SystemTest {

    private static final String STALE =
            "The customer was changed since it was read. Read it again and retry the change.";

    private String admin;
    private String email;
    private long id;

    @BeforeEach
    void createCustomer() {
        admin = api.adminToken();
        email = uniqueEmail();
        id = assertCreated(api.createAccount(request(
                        minimalCustomer(email)
                                .add("addresses", addresses(alabamaAddress("1 Main St", "Mobile", "36602"))),
                        "Password1")))
                .getJsonNumber("id")
                .longValue();
    }

    private ApiResponse get(String... headers) {
        List<String> all = new ArrayList<>(List.of("Authorization", "Bearer " + admin));
        all.addAll(List.of(headers));
        return api.send("GET", "rest/V1/customers/" + id, null, all);
    }

    private ApiResponse put(String lastname, String... headers) {
        List<String> all =
                new ArrayList<>(List.of("Content-Type", "application/json", "Authorization", "Bearer " + admin));
        all.addAll(List.of(headers));
        String body = Json.createObjectBuilder()
                .add("customer", Json.createObjectBuilder().add("lastname", lastname))
                .build()
                .toString();
        return api.send("PUT", "rest/V1/customers/" + id, body, all);
    }

    private static String etag(ApiResponse response) {
        return response.header("ETag").orElseThrow(() -> new AssertionError("no ETag on " + response));
    }

    @Test
    void aReadCarriesAStrongTagThatStaysUntilTheCustomerChangesAndGives304WhenNamed() {
        ApiResponse first = get();
        String tag = etag(first);

        assertThat(tag).matches("\"[0-9a-f]{32}\"");
        assertThat(etag(get())).isEqualTo(tag);
        assertThat(etag(api.send(
                        "GET",
                        "rest/V1/customers/me",
                        null,
                        List.of("Authorization", "Bearer " + api.customerToken(email, "Password1")))))
                .as("the same customer read through /me")
                .isEqualTo(tag);

        ApiResponse notModified = get("If-None-Match", tag);
        assertThat(notModified.status()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
        assertThat(etag(notModified)).isEqualTo(tag);
        assertThat(get("If-None-Match", "W/" + tag).status())
                .as("weakly compared")
                .isEqualTo(304);
        assertThat(get("If-None-Match", "\"other\"").status()).isEqualTo(200);

        ApiResponse saved = put("Changed");
        assertThat(saved.status()).isEqualTo(200);
        String afterSave = etag(get());
        assertThat(afterSave).isNotEqualTo(tag).isEqualTo(etag(saved));
        assertThat(get("If-None-Match", tag).status()).isEqualTo(200);

        long addressId = get().object()
                .getJsonArray("addresses")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        assertThat(api.send(
                                "DELETE",
                                "rest/V1/addresses/" + addressId,
                                null,
                                List.of("Authorization", "Bearer " + admin))
                        .status())
                .isEqualTo(200);
        assertThat(etag(get())).as("after its address was removed").isNotEqualTo(afterSave);
    }

    @Test
    void aSaveOrDeleteWithAStaleTagIs412AndChangesNothingWhileTheCurrentTagLetsItThrough() {
        String tag = etag(get());
        assertThat(put("First", "If-Match", tag).status()).isEqualTo(200);

        assertError(put("Second", "If-Match", tag), 412, STALE);
        assertThat(get().object().getString("lastname")).isEqualTo("First");
        assertError(
                api.send(
                        "DELETE",
                        "rest/V1/customers/" + id,
                        null,
                        List.of("Authorization", "Bearer " + admin, "If-Match", tag)),
                412,
                STALE);
        assertThat(get().status()).isEqualTo(200);

        assertThat(put("Third", "If-Match", "*").status()).isEqualTo(200);
        assertThat(put("Fourth", "If-Match", "W/" + etag(get())).status())
                .as("a weak tag never matches If-Match")
                .isEqualTo(412);
        ApiResponse deleted = api.send(
                "DELETE",
                "rest/V1/customers/" + id,
                null,
                List.of("Authorization", "Bearer " + admin, "If-Match", etag(get())));
        assertThat(deleted.body()).isEqualTo("true");
        assertThat(get().status()).isEqualTo(404);
    }

    @Test
    void ofEightConcurrentSavesWithTheSameTagExactlyOneIsMade() throws Exception {
        String tag = etag(get());
        ExecutorService editors = Executors.newFixedThreadPool(8);
        List<ApiResponse> answers = new ArrayList<>();
        try {
            List<Callable<ApiResponse>> saves = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String lastname = "Editor" + (char) ('A' + i);
                saves.add(() -> put(lastname, "If-Match", tag));
            }
            for (Future<ApiResponse> answer : editors.invokeAll(saves)) {
                answers.add(answer.get());
            }
        } finally {
            editors.shutdownNow();
        }

        List<ApiResponse> made = answers.stream().filter(a -> a.status() == 200).toList();
        assertThat(made).hasSize(1);
        answers.stream().filter(a -> a.status() != 200).forEach(a -> assertError(a, 412, STALE));
        assertThat(get().object().getString("lastname"))
                .isEqualTo(made.get(0).object().getString("lastname"));
    }

    @Test
    void theCustomersOwnSaveHonoursIfMatchToo() {
        String token = api.customerToken(email, "Password1");
        List<String> auth = List.of("Authorization", "Bearer " + token);
        String tag = etag(api.send("GET", "rest/V1/customers/me", null, auth));
        String body = request(minimalCustomer(email).add("lastname", "Mine")).toString();
        List<String> headers =
                new ArrayList<>(List.of("Content-Type", "application/json", "Authorization", "Bearer " + token));

        put("ByAdmin");
        headers.addAll(List.of("If-Match", tag));
        assertError(api.send("PUT", "rest/V1/customers/me", body, headers), 412, STALE);
        assertThat(get().object().getString("lastname")).isEqualTo("ByAdmin");
    }
}
