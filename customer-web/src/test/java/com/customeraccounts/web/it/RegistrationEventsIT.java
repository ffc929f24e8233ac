package com.customeraccounts.web.it;

import static com.customeraccounts.web.it.MagentoAssertions.assertCreated;
import static com.customeraccounts.web.it.MagentoAssertions.assertError;
import static com.customeraccounts.web.it.SampleCustomers.minimalCustomer;
import static com.customeraccounts.web.it.SampleCustomers.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The {@code CustomerRegistered} event, and what concurrent and failing registrations leave behind. */
class RegistrationEventsIT extends SystemTest {

    @Test
    void deliversTheEventAfterTheAccountIsCommitted() {
        long id = assertCreated(api.createAccount(withRedirect(uniqueEmail(), "https://shop.example.com/")))
                .getJsonNumber("id")
                .longValue();

        assertThat(committedIds()).contains(id);
    }

    @Test
    void neverDeliversTheEventOfARolledBackAccountNorKeepsTheAccount() {
        String email = uniqueEmail();
        List<Long> before = committedIds();

        ApiResponse failed = api.createAccount(withRedirect(email, RegisteredEventsProbe.FAIL_INSIDE_TRANSACTION));

        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.header("X-Request-Id"))
                .hasValueSatisfying(id -> assertThat(failed.message())
                        .isEqualTo(
                                "Internal Error. Details are available in Magento log file. Report ID: webapi-" + id));
        assertThat(failed.body()).doesNotContain("Exception", "probe");
        assertThat(committedIds()).containsExactlyInAnyOrderElementsOf(before);
        long later = assertCreated(api.createAccount(withRedirect(email, "https://shop.example.com/")))
                .getJsonNumber("id")
                .longValue();
        // the next registration's event is delivered, and still nothing of the rolled-back one
        List<Long> expected = new java.util.ArrayList<>(before);
        expected.add(later);
        assertThat(committedIds()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void createsExactlyOneAccountFromSixteenConcurrentRequestsForOneEmail() throws Exception {
        String email = uniqueEmail();
        JsonObject body = Json.createObjectBuilder()
                .add("customer", minimalCustomer(email))
                .add("password", "Password1")
                .build();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<ApiResponse>> requests = IntStream.range(0, 16)
                    .<Callable<ApiResponse>>mapToObj(i -> () -> api.createAccount(body))
                    .toList();
            List<ApiResponse> responses = pool.invokeAll(requests).stream()
                    .map(RegistrationEventsIT::get)
                    .toList();

            assertThat(responses).filteredOn(r -> r.status() == 200).hasSize(1);
            List<ApiResponse> refused =
                    responses.stream().filter(r -> r.status() != 200).toList();
            assertThat(refused).hasSize(15);
            refused.forEach(r -> assertError(
                    r, 400, "A customer with the same email address already exists in an associated website."));
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Long> committedIds() {
        ApiResponse response = api.send("GET", "rest/V1/it-probe/registered", null, List.of());
        return response.json().asJsonArray().getValuesAs(JsonNumber.class).stream()
                .map(JsonNumber::longValue)
                .toList();
    }

    private static JsonObject withRedirect(String email, String redirectUrl) {
        return Json.createObjectBuilder()
                .add("customer", minimalCustomer(email))
                .add("password", "Password1")
                .add("redirectUrl", redirectUrl)
                .build();
    }

    private static ApiResponse get(Future<ApiResponse> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
