package com.customeraccounts.idempotency;

import com.customeraccounts.customer.SecretToken;
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
        return SecretToken.sha256(request);
    }
}
