package com.customeraccounts.web.it;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tokens made as Magento 2.4.4+ makes them (HS256 over the shop's {@code crypt/key} padded to 2048 characters
 * with {@code &} on both sides); {@code MagentoTokensTest} checks that rule against tokens PHP made.
 */
final class MagentoJwt {

    private MagentoJwt() {}

    /** A customer's token ({@code utypid} 3), issued and expiring at these epoch seconds. */
    static String customerToken(String cryptKey, long customerId, long issuedAt, long expiresAt) {
        return signed(
                cryptKey,
                "{\"uid\":" + customerId + ",\"utypid\":3,\"iat\":" + issuedAt + ",\"exp\":" + expiresAt + "}");
    }

    /** What Magento's {@code JwsManager} builds: header {@code kid}, {@code alg}; HS256 over the padded key. */
    static String signed(String cryptKey, String claims) {
        String signingInput = base64Url("{\"kid\":\"1\",\"alg\":\"HS256\"}") + "." + base64Url(claims);
        int padding = 2048 - cryptKey.length();
        String key = "&".repeat(padding / 2) + cryptKey + "&".repeat(padding - padding / 2);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return signingInput + "."
                    + Base64.getUrlEncoder()
                            .withoutPadding()
                            .encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
