package com.customeraccounts.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * What makes a retry the same request: the SHA-256 of its route and body without its secrets, and the
 * secrets (passwords, a reset token) apart, as a bcrypt hash like a stored password's, never a fast hash an
 * attacker with the table could test guesses against.
 */
public record RequestFingerprint(String digest, Optional<String> secretsHash) {

    public RequestFingerprint {
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(secretsHash, "secretsHash");
    }

    /** The digest of {@code request} (the route and the body without its secrets). */
    public static String digestOf(String request) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(request.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("No SHA-256 in this JVM", e);
        }
    }
}
