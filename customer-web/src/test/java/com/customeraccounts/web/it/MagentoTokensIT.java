package com.customeraccounts.web.it;

import static com.customeraccounts.web.it.MagentoAssertions.assertCreated;
import static com.customeraccounts.web.it.MagentoAssertions.assertError;
import static com.customeraccounts.web.it.SampleCustomers.PASSWORD;
import static com.customeraccounts.web.it.SampleCustomers.minimalCustomer;
import static com.customeraccounts.web.it.SampleCustomers.request;
import static com.customeraccounts.web.it.SampleCustomers.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Nobody is logged out at cut-over: with the shop's {@code crypt/key} as {@code magento.crypt.key}, the customer
 * tokens Magento 2.4.4+ issued keep working here until they expire, and stop when the customer's tokens are
 * revoked here. The tokens are made here as Magento makes them ({@link MagentoJwt}).
 */
class MagentoTokensIT extends SystemTest {

    /** The shop's key; the run's shared server is given it ({@link SystemTestServer}). */
    static final String CRYPT_KEY = "base64Q3V0T3ZlckZyb21NYWdlbnRvS2V5MjAyNg";

    private static final String NOT_AUTHORIZED = "The consumer isn't authorized to access %resources.";

    private long customerId;
    private String email;

    @BeforeEach
    void customerMovedFromMagento() {
        email = uniqueEmail();
        customerId = assertCreated(api.createAccount(request(minimalCustomer(email), PASSWORD)))
                .getInt("id");
    }

    @Test
    void aTokenMagentoIssuedActsAsItsCustomerUntilItExpires() {
        long now = Instant.now().getEpochSecond();
        String live = MagentoJwt.customerToken(CRYPT_KEY, customerId, now - 600, now + 3000);
        String expired = MagentoJwt.customerToken(CRYPT_KEY, customerId, now - 3700, now - 100);

        ApiResponse me = api.call("GET", "rest/V1/customers/me", live, null);
        assertThat(me.status()).isEqualTo(200);
        assertThat(((JsonObject) me.json()).getInt("id")).isEqualTo((int) customerId);
        assertThat(((JsonObject) me.json()).getString("email")).isEqualTo(email);
        assertNotSignedIn(expired);
    }

    @Test
    void aTokenSignedWithAnotherKeyOrForAnAdminIsRefused() {
        long now = Instant.now().getEpochSecond();

        assertNotSignedIn(MagentoJwt.customerToken("base64QW5vdGhlclNob3BzS2V5", customerId, now - 60, now + 3000));
        assertNotSignedIn(MagentoJwt.signed(
                CRYPT_KEY,
                "{\"uid\":" + customerId + ",\"utypid\":2,\"iat\":" + (now - 60) + ",\"exp\":" + (now + 3000) + "}"));
    }

    @Test
    void aPasswordChangedHereEndsTheTokensMagentoIssuedBeforeIt() {
        long now = Instant.now().getEpochSecond();
        String before = MagentoJwt.customerToken(CRYPT_KEY, customerId, now - 600, now + 3000);
        String ownToken = api.customerToken(email, PASSWORD);

        ApiResponse changed = api.call(
                "PUT",
                "rest/V1/customers/me/password",
                ownToken,
                Json.createObjectBuilder()
                        .add("currentPassword", PASSWORD)
                        .add("newPassword", "Changed-Passw0rd")
                        .build()
                        .toString());
        assertThat(changed.status()).isEqualTo(200);

        assertNotSignedIn(before);
        long afterChange = Instant.now().getEpochSecond() + 1;
        String issuedLater = MagentoJwt.customerToken(CRYPT_KEY, customerId, afterChange, afterChange + 3000);
        assertThat(api.call("GET", "rest/V1/customers/me", issuedLater, null).status())
                .isEqualTo(200);
    }

    @Test
    void revokingTheCustomersTokensWithAMagentoTokenEndsIt() {
        long now = Instant.now().getEpochSecond();
        String token = MagentoJwt.customerToken(CRYPT_KEY, customerId, now - 600, now + 3000);

        ApiResponse revoked = api.call("POST", "rest/V1/integration/customer/revoke-customer-token", token, null);
        assertThat(revoked.body()).isEqualTo("true");

        assertNotSignedIn(token);
    }

    @Test
    void theTokenOfADeletedCustomerIsRefused() {
        long now = Instant.now().getEpochSecond();
        String token = MagentoJwt.customerToken(CRYPT_KEY, customerId, now - 600, now + 3000);

        assertThat(api.call("DELETE", "rest/V1/customers/" + customerId, api.adminToken(), null)
                        .status())
                .isEqualTo(200);

        assertNotSignedIn(token);
    }

    private void assertNotSignedIn(String token) {
        assertError(api.call("GET", "rest/V1/customers/me", token, null), 401, NOT_AUTHORIZED, "resources", "self");
    }
}
