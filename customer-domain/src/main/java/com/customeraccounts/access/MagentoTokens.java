package com.customeraccounts.access;

import com.customeraccounts.config.ConfigPath;
import com.customeraccounts.config.ConfigValues;
import com.customeraccounts.customer.CustomerId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Keeps the customers of a shop moved from Magento signed in at cut-over: with {@code magento.crypt.key}
 * set, a customer token Magento issued is accepted until its {@code exp}, unless the customer is gone or its
 * tokens were revoked here (or in Magento, as copied) at or after the token's {@code iat}, which is
 * Magento's own {@code RevokedValidator} rule. The key is read from the environment only, never from the
 * settings stored through the API.
 */
@ApplicationScoped
public class MagentoTokens {

    private Optional<MagentoCryptKey> key;
    private AccessTokens tokens;
    private Clock clock;

    protected MagentoTokens() {}

    @Inject
    public MagentoTokens(ConfigValues values, AccessTokens tokens, Clock clock) {
        this.key = MagentoCryptKey.of(values.find(ConfigPath.MAGENTO_CRYPT_KEY).orElse(""));
        this.tokens = tokens;
        this.clock = clock;
    }

    /** The customer of a valid Magento customer token; empty for any other token. */
    public Optional<CustomerId> customerOf(String bearerToken) {
        if (key.isEmpty() || bearerToken.chars().filter(c -> c == '.').count() != 2) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return MagentoJwt.read(bearerToken, key.get())
                .filter(jwt -> jwt.expiresAt().isAfter(now))
                .filter(this::notRevoked)
                .map(MagentoJwt::customer);
    }

    private boolean notRevoked(MagentoJwt jwt) {
        return tokens.customerTokensRevokedAt(jwt.customer())
                .map(revoked -> jwt.issuedAt().getEpochSecond() > revoked.getEpochSecond())
                .orElse(false);
    }
}
