package com.customeraccounts.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.customeraccounts.config.ConfigPath;
import com.customeraccounts.customer.CustomerId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Customer tokens Magento 2.4.4+ issued keep working after the move. The tokens were made by PHP the way
 * Magento makes them ({@code src/test/resources/magento-jwt.php}), with this {@code crypt/key} of two keys, the
 * last one in 2.4.7's {@code base64…} form and of odd length, so that {@code str_pad(…, STR_PAD_BOTH)} puts one
 * more {@code &} on the right.
 */
class MagentoTokensTest {

    private static final String CRYPT_KEY =
            "a5f2c0e1d3b4968778695a4b3c2d1e0f\nbase64S2V5T2ZUaGVTaG9wMjAyNl8xMjM0NTY3ODk";
    /** uid 42, utypid 3, iat 2026-01-01T00:00:00Z, exp one hour later. */
    private static final String CUSTOMER_42 = "eyJraWQiOiIxIiwiYWxnIjoiSFMyNTYifQ"
            + ".eyJ1aWQiOjQyLCJ1dHlwaWQiOjMsImlhdCI6MTc2NzIyNTYwMCwiZXhwIjoxNzY3MjI5MjAwfQ"
            + ".NZ7sOtMjf74OAng_uLD_mPDu8diexFm7krJ0r4OUN84";
    /** An admin's token (utypid 2), same key and times. */
    private static final String ADMIN_1 = "eyJraWQiOiIxIiwiYWxnIjoiSFMyNTYifQ"
            + ".eyJ1aWQiOjEsInV0eXBpZCI6MiwiaWF0IjoxNzY3MjI1NjAwLCJleHAiOjE3NjcyMjkyMDB9"
            + ".zPgBQfwXvJFnuRaGItprBezk-VQGBoVz5ecPoZ4r4CU";
    /** Customer 42's token signed with only the first key of {@link #CRYPT_KEY}. */
    private static final String SIGNED_WITH_FIRST_KEY = "eyJraWQiOiIxIiwiYWxnIjoiSFMyNTYifQ"
            + ".eyJ1aWQiOjQyLCJ1dHlwaWQiOjMsImlhdCI6MTc2NzIyNTYwMCwiZXhwIjoxNzY3MjI5MjAwfQ"
            + ".XzmL7lTATVEdj2a9NPNOePvqCeTZehw4lyBCDRDH4wQ";

    private static final Instant ISSUED = Instant.parse("2026-01-01T00:00:00Z");
    private static final CustomerId CUSTOMER = new CustomerId(42);

    private final RevocationTimes revocations = new RevocationTimes();

    @Test
    void acceptsACustomerTokenMagentoIssuedUntilItExpires() {
        assertThat(tokens(CRYPT_KEY, ISSUED.plusSeconds(3599)).customerOf(CUSTOMER_42))
                .contains(CUSTOMER);
        assertThat(tokens(CRYPT_KEY, ISSUED.plusSeconds(3600)).customerOf(CUSTOMER_42))
                .isEmpty();
    }

    @Test
    void refusesTheTokenWithoutTheKeyOrWithAnotherKey() {
        Instant now = ISSUED.plusSeconds(60);
        assertThat(tokens("", now).customerOf(CUSTOMER_42)).isEmpty();
        assertThat(tokens("a5f2c0e1d3b4968778695a4b3c2d1e0f", now).customerOf(CUSTOMER_42))
                .isEmpty();
        assertThat(tokens(CRYPT_KEY, now).customerOf(SIGNED_WITH_FIRST_KEY)).isEmpty();
        assertThat(tokens("a5f2c0e1d3b4968778695a4b3c2d1e0f", now).customerOf(SIGNED_WITH_FIRST_KEY))
                .contains(CUSTOMER);
    }

    @Test
    void refusesTheTokenOnceTheCustomersTokensWereRevokedInOrAfterTheSecondItWasIssued() {
        MagentoTokens tokens = tokens(CRYPT_KEY, ISSUED.plusSeconds(60));
        revocations.times.put(CUSTOMER, ISSUED.minusMillis(1));
        assertThat(tokens.customerOf(CUSTOMER_42)).contains(CUSTOMER);

        revocations.times.put(CUSTOMER, ISSUED.plusMillis(999));
        assertThat(tokens.customerOf(CUSTOMER_42)).isEmpty();
    }

    @Test
    void refusesTheTokenOfACustomerWhoIsGone() {
        revocations.times.remove(CUSTOMER);

        assertThat(tokens(CRYPT_KEY, ISSUED.plusSeconds(60)).customerOf(CUSTOMER_42))
                .isEmpty();
    }

    @Test
    void refusesAnAdminsTokenATamperedTokenAndUnsignedOnes() {
        MagentoTokens tokens = tokens(CRYPT_KEY, ISSUED.plusSeconds(60));
        String[] parts = CUSTOMER_42.split("\\.");
        String otherCustomer = encode("{\"uid\":43,\"utypid\":3,\"iat\":1767225600,\"exp\":1767229200}");
        String none = encode("{\"alg\":\"none\"}");

        assertThat(tokens.customerOf(ADMIN_1)).isEmpty();
        assertThat(tokens.customerOf(parts[0] + "." + otherCustomer + "." + parts[2]))
                .isEmpty();
        assertThat(tokens.customerOf(none + "." + parts[1] + ".")).isEmpty();
        assertThat(tokens.customerOf(none + "." + parts[1] + "." + parts[2])).isEmpty();
        assertThat(tokens.customerOf("not.a.jwt")).isEmpty();
        assertThat(tokens.customerOf("a1b2c3")).isEmpty();
    }

    @Test
    void neverShowsTheKey() {
        assertThat(MagentoCryptKey.of(CRYPT_KEY).orElseThrow().toString())
                .doesNotContain("a5f2")
                .doesNotContain("base64");
    }

    private MagentoTokens tokens(String cryptKey, Instant now) {
        Map<String, String> config = Map.of(ConfigPath.MAGENTO_CRYPT_KEY, cryptKey);
        return new MagentoTokens(
                key -> Optional.ofNullable(config.get(key)), revocations, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes());
    }

    /** The customers that exist, with the time their tokens were last revoked. */
    private static final class RevocationTimes implements AccessTokens {

        final Map<CustomerId, Instant> times = new HashMap<>(Map.of(CUSTOMER, Instant.EPOCH));

        @Override
        public Optional<Instant> customerTokensRevokedAt(CustomerId customer) {
            return Optional.ofNullable(times.get(customer));
        }

        @Override
        public void saveAdminToken(String tokenHash, long adminId, Instant expiresAt) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<AdminIdentity> findAdmin(String tokenHash, Instant now) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void saveCustomerToken(String tokenHash, CustomerId customer, Instant expiresAt) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<CustomerId> findCustomer(String tokenHash, Instant now) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void revokeCustomerTokens(CustomerId customer, Instant revokedAt) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void revokeCustomerTokensExcept(CustomerId customer, String keptTokenHash, Instant revokedAt) {
            throw new UnsupportedOperationException();
        }
    }
}
