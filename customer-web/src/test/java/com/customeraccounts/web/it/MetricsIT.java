package com.customeraccounts.web.it;

import static com.customeraccounts.web.it.SampleCustomers.PASSWORD;
import static com.customeraccounts.web.it.SampleCustomers.minimalCustomer;
import static com.customeraccounts.web.it.SampleCustomers.request;
import static com.customeraccounts.web.it.SampleCustomers.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The application metrics at Payara's {@code /metrics}, in Prometheus text, moved by exactly what one customer
 * did: read before and after, since the suite's other tests share the server (they run one class at a time).
 */
class MetricsIT extends SystemTest {

    @Test
    void countsASignUpSignInsAndAResetRequestWithoutNamingTheCustomer() {
        PrometheusText before = metrics();
        String email = uniqueEmail();

        ApiResponse created = api.createAccount(request(minimalCustomer(email), PASSWORD));
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        String token = api.customerToken(email, PASSWORD);
        ApiResponse wrong = api.issueCustomerToken("", email, "Wrong-Passw0rd");
        assertThat(wrong.status()).as(wrong.toString()).isEqualTo(401);
        ApiResponse reset = api.call(
                "PUT",
                "rest/V1/customers/password",
                null,
                Json.createObjectBuilder()
                        .add("email", email)
                        .add("template", "email_reset")
                        .add("websiteId", 1)
                        .build()
                        .toString());
        assertThat(reset.status()).as(reset.toString()).isEqualTo(200);

        PrometheusText after = metrics();
        assertMoved(before, after, 1, "accounts_created_total");
        assertMoved(before, after, 1, "customer_sign_ins_total", "outcome", "succeeded");
        assertMoved(before, after, 1, "customer_sign_ins_total", "outcome", "failed");
        assertMoved(before, after, 0, "customer_sign_ins_total", "outcome", "throttled");
        assertMoved(before, after, 0, "customer_sign_ins_total", "outcome", "locked");
        assertMoved(before, after, 1, "password_resets_requested_total");
        assertMoved(before, after, 0, "password_resets_completed_total");
        assertMoved(before, after, 1, "emails_queued_total", "type", "registered");
        assertMoved(before, after, 1, "emails_queued_total", "type", "password_reset");
        assertMoved(
                before,
                after,
                1,
                "api_requests_seconds_count",
                "route",
                "/V1/customers",
                "method",
                "POST",
                "status",
                "2xx");
        assertMoved(
                before,
                after,
                1,
                "api_requests_seconds_count",
                "route",
                "/V1/integration/customer/token",
                "method",
                "POST",
                "status",
                "4xx");
        assertThat(after.value("api_requests_seconds_sum", "route", "/V1/customers", "method", "POST", "status", "2xx"))
                .isPositive();
        assertThat(after.value("email_outbox_backlog")).isGreaterThanOrEqualTo(0);
        assertThat(after.value("email_outbox_oldest_due_seconds")).isGreaterThanOrEqualTo(0);

        assertThat(after.text())
                .doesNotContain(email)
                .doesNotContain(email.substring(0, email.indexOf('@')))
                .doesNotContain(PASSWORD)
                .doesNotContain("Wrong-Passw0rd")
                .doesNotContain(token);
    }

    @Test
    void aRouteThatDoesNotExistIsTimedUnderOneTagWhateverItsPath() {
        PrometheusText before = metrics();

        api.send("GET", "rest/V1/no-such-route/" + uniqueEmail(), null, List.of());
        api.send("GET", "rest/V1/another-unknown/12345", null, List.of());

        PrometheusText after = metrics();
        assertMoved(before, after, 2, "api_requests_seconds_count", "route", "unmatched", "status", "4xx");
        assertThat(after.text()).doesNotContain("no-such-route").doesNotContain("another-unknown");
    }

    @Test
    void countsAnEmailSentOnceTheOutboxHasDeliveredIt() {
        PrometheusText before = metrics();
        String email = uniqueEmail();

        assertThat(api.createAccount(request(minimalCustomer(email), PASSWORD)).status())
                .isEqualTo(200);
        MailServer.awaitMessagesTo(email, 1, Duration.ofSeconds(30));

        PrometheusText after = awaitMetrics(now -> now.value("emails_sent_total", "type", "registered")
                > before.value("emails_sent_total", "type", "registered"));
        assertThat(after.value("emails_sent_total", "type", "registered"))
                .isGreaterThan(before.value("emails_sent_total", "type", "registered"));
    }

    private PrometheusText metrics() {
        return PrometheusText.scrape(api);
    }

    /** The metrics once they show what the delivery thread did, polled with a deadline of 30 s. */
    private PrometheusText awaitMetrics(Predicate<PrometheusText> condition) {
        Instant deadline = Instant.now().plusSeconds(30);
        PrometheusText last = metrics();
        while (!condition.test(last)) {
            assertThat(Instant.now())
                    .as("metrics as expected within 30 s:\n%s", last.text())
                    .isBefore(deadline);
            MailServer.sleep(200);
            last = metrics();
        }
        return last;
    }

    private static void assertMoved(
            PrometheusText before, PrometheusText after, double by, String name, String... tags) {
        assertThat(after.matching(name, tags))
                .as("%s %s in\n%s", name, List.of(tags), after.text())
                .isNotEmpty();
        assertThat(after.since(before, name, tags))
                .as("%s %s", name, List.of(tags))
                .isEqualTo(by);
    }
}
