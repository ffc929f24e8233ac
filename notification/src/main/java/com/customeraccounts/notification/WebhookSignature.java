package com.customeraccounts.notification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An endpoint's signing key and the Standard Webhooks signature it makes: {@code v1,} and the Base64 of
 * HMAC-SHA256 over {@code <webhook-id>.<webhook-timestamp>.<body>}, the key being the bytes of the
 * {@code whsec_<base64>} secret. The key never leaves this class: {@link #toString} does not show it.
 */
final class WebhookSignature {

    static final String PREFIX = "whsec_";
    /** The Standard Webhooks bounds of a secret's length. */
    static final int MIN_BYTES = 24;

    static final int MAX_BYTES = 64;

    private final SecretKeySpec key;

    private WebhookSignature(byte[] key) {
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    /**
     * @throws IllegalArgumentException when it is not {@code whsec_} and the Base64 of 24 to 64 bytes (the
     *     message never shows the secret)
     */
    static WebhookSignature ofSecret(String secret) {
        if (!secret.startsWith(PREFIX)) {
            throw new IllegalArgumentException("a secret starts with " + PREFIX);
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(secret.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a secret is " + PREFIX + " and Base64");
        }
        if (key.length < MIN_BYTES || key.length > MAX_BYTES) {
            throw new IllegalArgumentException(
                    "a secret's key is " + MIN_BYTES + " to " + MAX_BYTES + " bytes, not " + key.length);
        }
        return new WebhookSignature(key);
    }

    /** The {@code webhook-signature} header of this message. */
    String sign(String id, long timestampSeconds, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal((id + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "a signing key";
    }
}
