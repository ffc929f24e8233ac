package com.customeraccounts.web.it;

import static com.customeraccounts.web.it.MagentoAssertions.assertCreated;
import static com.customeraccounts.web.it.MagentoAssertions.assertError;
import static com.customeraccounts.web.it.SampleCustomers.minimalCustomer;
import static com.customeraccounts.web.it.SampleCustomers.request;
import static com.customeraccounts.web.it.SampleCustomers.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The account's history through {@code GET /V1/customers/{id}/audit}: a whole account life, each step with
 * who did it, from where and in which request, the fields changed by name only; kept after the deletion
 * without the client addresses.
 */
class AccountHistoryIT extends SystemTest {

    private static final int LOCKOUT_FAILURES = 10;

    private JsonObject history(long id, String query) {
        ApiResponse answer = api.send(
                "GET",
                "rest/V1/customers/" + id + "/audit" + query,
                null,
                List.of("Authorization", "Bearer " + api.adminToken()));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.object();
    }

    private static List<String> events(JsonArray items) {
        return items.stream()
                .map(item -> item.asJsonObject().getString("event"))
                .toList();
    }

    @Test
    void recordsAWholeAccountLifeWithWhoAndWhereAndKeepsItAfterTheDeletionWithoutAddresses() {
        String email = uniqueEmail();
        String createId = "history-" + UUID.randomUUID();
        ApiResponse created = api.post(
                "rest/V1/customers",
                request(minimalCustomer(email), "Password1").toString(),
                List.of("X-Request-Id", createId));
        long id = assertCreated(created).getJsonNumber("id").longValue();
        String admin = api.adminToken();

        String renamed = uniqueEmail();
        String update = Json.createObjectBuilder()
                .add(
                        "customer",
                        Json.createObjectBuilder().add("lastname", "Renamed").add("email", renamed))
                .build()
                .toString();
        assertThat(api.call("PUT", "rest/V1/customers/" + id, admin, update).status())
                .isEqualTo(200);
        for (int i = 0; i < LOCKOUT_FAILURES; i++) {
            api.issueCustomerToken("", renamed, "Wrong-" + i);
        }
        assertThat(api.send(
                                "DELETE",
                                "rest/V1/customers/" + id + "/lock",
                                null,
                                List.of("Authorization", "Bearer " + admin))
                        .body())
                .isEqualTo("true");
        String token = api.customerToken(renamed, "Password1");
        assertThat(api.call(
                                "PUT",
                                "rest/V1/customers/me/password",
                                token,
                                "{\"currentPassword\":\"Password1\",\"newPassword\":\"123@Test\"}")
                        .body())
                .isEqualTo("true");

        JsonObject live = history(id, "");
        JsonArray items = live.getJsonArray("items");
        assertThat(events(items))
                .containsExactly("password_changed", "unlocked", "locked", "updated", "email_changed", "created");
        assertThat(live.getInt("total_count")).isEqualTo(6);
        JsonObject creation = items.getJsonObject(5);
        assertThat(creation.getString("actor")).isEqualTo("guest");
        assertThat(creation.getString("request_id")).isEqualTo(createId);
        assertThat(creation.getString("client_address")).isEqualTo("127.0.0.1");
        assertThat(creation.getString("created_at")).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        assertThat(items.getJsonObject(4).getString("actor")).startsWith("admin ");
        assertThat(items.getJsonObject(4).getJsonArray("fields").getString(0)).isEqualTo("email");
        assertThat(items.getJsonObject(3).getJsonArray("fields").getValuesAs(JsonString::getString))
                .containsExactly("lastname");
        assertThat(items.getJsonObject(2).getString("actor")).isEqualTo("guest");
        assertThat(items.getJsonObject(0).getString("actor")).isEqualTo("customer " + id);
        assertThat(live.toString()).doesNotContain(email, renamed, "Renamed", "Password1", "123@Test", token);

        JsonObject secondPage = history(id, "?pageSize=2&currentPage=2");
        assertThat(events(secondPage.getJsonArray("items"))).containsExactly("locked", "updated");

        assertThat(api.send("DELETE", "rest/V1/customers/" + id, null, List.of("Authorization", "Bearer " + admin))
                        .body())
                .isEqualTo("true");
        JsonArray afterDeletion = history(id, "").getJsonArray("items");
        assertThat(events(afterDeletion)).first().isEqualTo("deleted");
        assertThat(afterDeletion)
                .hasSize(7)
                .allSatisfy(entry -> assertThat(entry.asJsonObject().containsKey("client_address"))
                        .as("personal data removed: %s", entry)
                        .isFalse());
    }

    @AfterEach
    void clockBackToNow() {
        api.call("PUT", "rest/V1/it-probe/clock/0", null, null);
    }

    @Test
    void aSignInOnceTheLockHasRunOutIsInTheHistory() {
        String email = uniqueEmail();
        long id = assertCreated(api.createAccount(request(minimalCustomer(email), "Password1")))
                .getJsonNumber("id")
                .longValue();
        for (int i = 0; i < LOCKOUT_FAILURES; i++) {
            api.issueCustomerToken("", email, "Wrong-" + i);
        }
        assertThat(api.issueCustomerToken("", email, "Password1").status())
                .as("locked")
                .isEqualTo(401);

        // Magento's customer/password/lockout_threshold: the lock lasts 10 minutes
        assertThat(api.call(
                                "PUT",
                                "rest/V1/it-probe/clock/"
                                        + Duration.ofMinutes(11).toSeconds(),
                                null,
                                null)
                        .body())
                .isEqualTo("true");
        assertThat(api.customerToken(email, "Password1")).hasSize(32);

        JsonArray items = history(id, "").getJsonArray("items");
        assertThat(events(items)).containsExactly("signed_in_after_lockout", "locked", "created");
        assertThat(items.getJsonObject(0).getString("actor")).isEqualTo("guest");
    }

    @Test
    void isForAdminsWhoMayManageCustomersAndRefusesABadPage() {
        String email = uniqueEmail();
        long id = assertCreated(api.createAccount(request(minimalCustomer(email), "Password1")))
                .getJsonNumber("id")
                .longValue();

        assertError(
                api.call("GET", "rest/V1/customers/" + id + "/audit", api.customerToken(email, "Password1"), null),
                401,
                "The consumer isn't authorized to access %resources.",
                "resources",
                "Magento_Customer::manage");
        ApiResponse badPage = api.call("GET", "rest/V1/customers/" + id + "/audit?pageSize=-1", api.adminToken(), null);
        assertError(
                badPage,
                400,
                "Invalid value of \"%value\" provided for the %fieldName field.",
                "fieldName",
                "pageSize",
                "value",
                "-1");
        assertThat(api.call("GET", "rest/V1/customers/999999999/audit", api.adminToken(), null)
                        .status())
                .isEqualTo(404);
        assertThat(history(id, "").getJsonArray("items").get(0))
                .extracting(JsonValue::asJsonObject)
                .satisfies(entry -> assertThat(entry.getString("event")).isEqualTo("created"));
    }
}
