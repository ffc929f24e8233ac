package com.customeraccounts.access;

import com.customeraccounts.customer.CustomerId;

import java.time.Instant;
import java.util.Optional;

/** Issued bearer tokens, looked up by the hash of the token. */
public interface AccessTokens {

    void saveAdminToken(String tokenHash, long adminId, Instant expiresAt);

    /** The admin id of an unexpired token with this hash. */
    Optional<Long> findAdmin(String tokenHash, Instant now);

    void saveCustomerToken(String tokenHash, CustomerId customer, Instant expiresAt);

    /** The customer of an unexpired token with this hash. */
    Optional<CustomerId> findCustomer(String tokenHash, Instant now);

    /** Revokes every token of this customer. */
    void revokeCustomerTokens(CustomerId customer);

    /** Revokes every token of this customer but the one with this hash. */
    void revokeCustomerTokensExcept(CustomerId customer, String keptTokenHash);
}
