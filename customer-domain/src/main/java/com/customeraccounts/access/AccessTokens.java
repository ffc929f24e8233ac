package com.customeraccounts.access;

import com.customeraccounts.customer.CustomerId;
import java.time.Instant;
import java.util.Optional;

/** Issued bearer tokens, looked up by the hash of the token. */
public interface AccessTokens {

    void saveAdminToken(String tokenHash, long adminId, Instant expiresAt);

    /** The administrator holding an unexpired admin token with this hash: asked on every admin request. */
    Optional<AdminIdentity> findAdmin(String tokenHash, Instant now);

    void saveCustomerToken(String tokenHash, CustomerId customer, Instant expiresAt);

    /** The customer of an unexpired token with this hash: asked on every customer request. */
    Optional<CustomerId> findCustomer(String tokenHash, Instant now);

    /**
     * Revokes every token of this customer, and records the time so that the Magento tokens issued up to
     * that second are refused too ({@link MagentoTokens}).
     */
    void revokeCustomerTokens(CustomerId customer, Instant revokedAt);

    /** Revokes every token of this customer but the one with this hash, and records the time. */
    void revokeCustomerTokensExcept(CustomerId customer, String keptTokenHash, Instant revokedAt);

    /**
     * When this customer's tokens were last revoked ({@link Instant#EPOCH} if never); empty if there is no
     * such customer.
     */
    Optional<Instant> customerTokensRevokedAt(CustomerId customer);
}
