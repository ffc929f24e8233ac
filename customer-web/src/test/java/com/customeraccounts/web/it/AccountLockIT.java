package com.customeraccounts.web.it;

import static com.customeraccounts.web.it.MagentoAssertions.assertCreated;
import static com.customeraccounts.web.it.MagentoAssertions.assertError;
import static com.customeraccounts.web.it.SampleCustomers.minimalCustomer;
import static com.customeraccounts.web.it.SampleCustomers.request;
import static com.customeraccounts.web.it.SampleCustomers.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Support staff see why a customer cannot sign in and unlock them: {@code GET} and {@code DELETE}
 * {@code /V1/customers/{id}/lock}, for {@code Magento_Customer::manage} only.
 */
class AccountLockIT extends SystemTest {

    /** Magento's {@code customer/password/lockout_failures}, which the suite's server keeps. */
    private static final int LOCKOUT_FAILURES = 10;

    private ApiResponse lock(String method, long id, String token) {
        return api.send(method, "rest/V1/customers/" + id + "/lock", null, List.of("Authorization", "Bearer " + token));
    }

    @Test
    void showsTheLockThatFailedSignInsMadeAndUnlocksTheCustomer() {
        String email = uniqueEmail();
        long id = assertCreated(api.createAccount(request(minimalCustomer(email), "Password1")))
                .getJsonNumber("id")
                .longValue();
        String admin = api.adminToken();

        JsonObject fresh = lock("GET", id, admin).object();
        assertThat(fresh.getInt("failures_num")).isZero();
        assertThat(fresh.getBoolean("locked")).isFalse();
        assertThat(fresh.containsKey("lock_expires")).isFalse();
        assertThat(fresh.getJsonObject("token_throttle").getInt("failures_count"))
                .isZero();

        for (int i = 0; i < LOCKOUT_FAILURES; i++) {
            assertThat(api.issueCustomerToken("", email.toUpperCase(), "Wrong-" + i)
                            .status())
                    .isEqualTo(401);
        }
        assertThat(api.issueCustomerToken("", email, "Password1").status())
                .as("locked: the right password is refused too")
                .isEqualTo(401);

        ApiResponse locked = lock("GET", id, admin);
        assertThat(locked.status()).isEqualTo(200);
        JsonObject status = locked.object();
        assertThat(status.getInt("failures_num")).isEqualTo(LOCKOUT_FAILURES);
        assertThat(status.getBoolean("locked")).isTrue();
        assertThat(status.getString("lock_expires")).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        assertThat(status.getString("first_failure")).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        assertThat(status.getJsonObject("token_throttle").getInt("failures_count"))
                .as("the token requests for the email, in any letter case, the refused right one included")
                .isEqualTo(LOCKOUT_FAILURES + 1);
        assertThat(locked.body()).doesNotContain(email, "Password1");

        assertThat(lock("DELETE", id, admin).body()).isEqualTo("true");

        JsonObject unlocked = lock("GET", id, admin).object();
        assertThat(unlocked.getInt("failures_num")).isZero();
        assertThat(unlocked.getBoolean("locked")).isFalse();
        assertThat(unlocked.getJsonObject("token_throttle").getInt("failures_count"))
                .isZero();
        assertThat(api.issueCustomerToken("", email, "Password1").status()).isEqualTo(200);
    }

    @Test
    void isForAdminsWhoMayManageCustomersOnly() {
        String email = uniqueEmail();
        long id = assertCreated(api.createAccount(request(minimalCustomer(email), "Password1")))
                .getJsonNumber("id")
                .longValue();
        String customer = api.customerToken(email, "Password1");

        for (String method : List.of("GET", "DELETE")) {
            assertError(
                    lock(method, id, customer),
                    401,
                    "The consumer isn't authorized to access %resources.",
                    "resources",
                    "Magento_Customer::manage");
            assertError(
                    api.send(method, "rest/V1/customers/" + id + "/lock", null, List.of()),
                    401,
                    "The consumer isn't authorized to access %resources.",
                    "resources",
                    "Magento_Customer::manage");
            assertError(
                    lock(method, 999_999_999L, api.adminToken()),
                    404,
                    "No such entity with %fieldName = %fieldValue",
                    "fieldName",
                    "customerId",
                    "fieldValue",
                    999_999_999);
        }
    }
}
