package com.customeraccounts.access;

import java.time.Instant;
import java.util.Optional;

/** Issued bearer tokens, looked up by the hash of the token. */
public interface AccessTokens {

    void saveAdminToken(String tokenHash, long adminId, Instant expiresAt);

    /** The admin id of an unexpired token with this hash. */
    Optional<Long> findAdmin(String tokenHash, Instant now);
}
