package com.customeraccounts.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Tells which integration signed a request with OAuth 1.0a (RFC 5849), as Magento's integrations sign them:
 * the consumer key and access token of one integration in the {@code Authorization: OAuth} header,
 * HMAC-SHA1 or HMAC-SHA256 over the signature base string, keyed with the consumer secret and the
 * access token secret. A timestamp more than ten minutes off, or a nonce the consumer has already used,
 * is refused, so a captured request cannot be replayed.
 *
 * <p>Every failure is the same empty answer: Magento then treats the caller as a guest, who gets the
 * route's own 401, and the caller learns nothing about which check failed.
 */
@ApplicationScoped
public class OAuthVerifier {

    /** Magento's {@code TIME_DEVIATION}. */
    static final Duration MAX_CLOCK_SKEW = Duration.ofSeconds(600);

    private static final int MAX_NONCE_LENGTH = 255;

    private Integrations integrations;
    private OAuthNonces nonces;
    private Clock clock;

    protected OAuthVerifier() {}

    @Inject
    public OAuthVerifier(Integrations integrations, OAuthNonces nonces, Clock clock) {
        this.integrations = integrations;
        this.nonces = nonces;
        this.clock = clock;
    }

    /**
     * @return the integration that signed the request, when the signature, timestamp and nonce all check out
     */
    public Optional<Integration> verify(OAuthRequest request) {
        try {
            return AuthorizationHeader.protocolParameters(request.authorization())
                    .flatMap(oauth -> verify(request, oauth));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private Optional<Integration> verify(OAuthRequest request, Map<String, String> oauth) {
        String consumerKey = oauth.get("oauth_consumer_key");
        String token = oauth.get("oauth_token");
        String signatureMethod = oauth.get("oauth_signature_method");
        String timestamp = oauth.get("oauth_timestamp");
        String nonce = oauth.get("oauth_nonce");
        String signature = oauth.get("oauth_signature");
        String version = oauth.getOrDefault("oauth_version", "1.0");
        if (consumerKey == null
                || token == null
                || timestamp == null
                || nonce == null
                || signature == null
                || !OAuthSignature.isSupported(signatureMethod)
                || !"1.0".equals(version)
                || nonce.isEmpty()
                || nonce.length() > MAX_NONCE_LENGTH) {
            return Optional.empty();
        }
        Optional<Integration> integration = integrations.findByConsumerKey(consumerKey);
        if (integration.isEmpty() || !integration.equals(integrations.findByAccessToken(token))) {
            return Optional.empty();
        }
        Optional<Instant> signedAt = withinSkew(timestamp);
        if (signedAt.isEmpty()) {
            return Optional.empty();
        }
        Integration signer = integration.get();
        String baseString = OAuthSignature.baseString(request.method(), request.url(), request.formParameters(), oauth);
        String expected =
                OAuthSignature.sign(signatureMethod, baseString, signer.consumerSecret(), signer.accessTokenSecret());
        if (!MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), signature.getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        if (!nonces.use(consumerKey, nonce, signedAt.get())) {
            return Optional.empty();
        }
        return integration;
    }

    private Optional<Instant> withinSkew(String timestamp) {
        if (timestamp.isEmpty() || timestamp.length() > 12 || !timestamp.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        Instant signedAt = Instant.ofEpochSecond(Long.parseLong(timestamp));
        Duration skew = Duration.between(signedAt, clock.instant()).abs();
        return skew.compareTo(MAX_CLOCK_SKEW) > 0 ? Optional.empty() : Optional.of(signedAt);
    }
}
