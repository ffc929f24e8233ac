package com.customeraccounts.access;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The secret Magento 2.4.4+ signs its JWT user tokens with ({@code JwtUserToken/Model/SecretBasedJwksFactory}):
 * the last of the whitespace-separated keys of {@code crypt/key} in {@code env.php}, used as written (a 2.4.7
 * {@code base64…} key is not decoded), padded with {@code &} on both sides to 2048 characters as PHP's
 * {@code str_pad(…, STR_PAD_BOTH)} does.
 */
public final class MagentoCryptKey {

    private static final int PADDED_LENGTH = 2048;

    private final byte[] secret;

    private MagentoCryptKey(byte[] secret) {
        this.secret = secret;
    }

    /** The key of this {@code crypt/key} value; empty when no key is configured. */
    public static Optional<MagentoCryptKey> of(String cryptKey) {
        String[] keys = (cryptKey == null ? "" : cryptKey).strip().split("\\s+");
        String last = keys[keys.length - 1];
        if (last.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MagentoCryptKey(padBoth(last).getBytes(StandardCharsets.UTF_8)));
    }

    private static String padBoth(String key) {
        int missing = PADDED_LENGTH - key.length();
        if (missing <= 0) {
            return key;
        }
        int left = missing / 2;
        return "&".repeat(left) + key + "&".repeat(missing - left);
    }

    byte[] secret() {
        return Arrays.copyOf(secret, secret.length);
    }

    @Override
    public String toString() {
        return "MagentoCryptKey[redacted]";
    }
}
