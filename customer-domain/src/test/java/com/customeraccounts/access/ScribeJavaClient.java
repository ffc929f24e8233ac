package com.customeraccounts.access;

import com.github.scribejava.core.builder.ServiceBuilder;
import com.github.scribejava.core.builder.api.DefaultApi10a;
import com.github.scribejava.core.model.OAuth1AccessToken;
import com.github.scribejava.core.model.Verb;
import com.github.scribejava.core.oauth.OAuth10aService;
import com.github.scribejava.core.services.HMACSha1SignatureService;
import com.github.scribejava.core.services.SignatureService;
import com.github.scribejava.core.services.TimestampService;
import com.github.scribejava.core.utils.OAuthEncoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A Magento integration client built on ScribeJava, an OAuth 1.0a library independent of this code base:
 * its base string, encoding and header are what the verifier is checked against. Only the clock, the
 * nonce and (for HMAC-SHA256, which ScribeJava lacks) the HMAC are supplied here.
 */
final class ScribeJavaClient {

    private final Integration integration;
    private Instant time = SampleIntegrations.NOW;
    private String nonce = "nonce" + System.nanoTime();
    private boolean sha256;

    private ScribeJavaClient(Integration integration) {
        this.integration = integration;
    }

    static ScribeJavaClient of(Integration integration) {
        return new ScribeJavaClient(integration);
    }

    ScribeJavaClient at(Instant signedAt) {
        this.time = signedAt;
        return this;
    }

    ScribeJavaClient nonce(String value) {
        this.nonce = value;
        return this;
    }

    ScribeJavaClient hmacSha256() {
        this.sha256 = true;
        return this;
    }

    OAuthRequest get(String url) {
        return sign(Verb.GET, url, null, Map.of());
    }

    OAuthRequest postJson(String url, String json) {
        return sign(Verb.POST, url, json, Map.of());
    }

    OAuthRequest postForm(String url, Map<String, String> form) {
        return sign(Verb.POST, url, null, form);
    }

    /** Signs as another integration's token: its access token and token secret, this one's consumer. */
    OAuthRequest get(String url, Integration tokenOwner) {
        return sign(Verb.GET, url, null, Map.of(), tokenOwner.accessToken(), tokenOwner.accessTokenSecret());
    }

    OAuthRequest getWithTokenSecret(String url, String tokenSecret) {
        return sign(Verb.GET, url, null, Map.of(), integration.accessToken(), tokenSecret);
    }

    private OAuthRequest sign(Verb verb, String url, String json, Map<String, String> form) {
        return sign(verb, url, json, form, integration.accessToken(), integration.accessTokenSecret());
    }

    private OAuthRequest sign(
            Verb verb, String url, String json, Map<String, String> form, String token, String tokenSecret) {
        try (OAuth10aService service = new ServiceBuilder(integration.consumerKey())
                .apiSecret(integration.consumerSecret())
                .build(new MagentoApi(time, nonce, sha256))) {
            com.github.scribejava.core.model.OAuthRequest request =
                    new com.github.scribejava.core.model.OAuthRequest(verb, url);
            if (json != null) {
                request.addHeader("Content-Type", "application/json");
                request.setPayload(json);
            }
            form.forEach(request::addBodyParameter);
            service.signRequest(new OAuth1AccessToken(token, tokenSecret), request);
            Map<String, List<String>> formParameters = new HashMap<>();
            form.forEach((name, value) -> formParameters.put(name, List.of(value)));
            return new OAuthRequest(verb.name(), url, request.getHeaders().get("Authorization"), formParameters);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class MagentoApi extends DefaultApi10a {

        private final Instant time;
        private final String nonce;
        private final boolean sha256;

        MagentoApi(Instant time, String nonce, boolean sha256) {
            this.time = time;
            this.nonce = nonce;
            this.sha256 = sha256;
        }

        @Override
        public String getRequestTokenEndpoint() {
            return "http://localhost:8080/oauth/token/request";
        }

        @Override
        public String getAccessTokenEndpoint() {
            return "http://localhost:8080/oauth/token/access";
        }

        @Override
        protected String getAuthorizationBaseUrl() {
            return "http://localhost:8080/admin/oauth_authorize";
        }

        @Override
        public TimestampService getTimestampService() {
            return new TimestampService() {
                @Override
                public String getTimestampInSeconds() {
                    return String.valueOf(time.getEpochSecond());
                }

                @Override
                public String getNonce() {
                    return nonce;
                }
            };
        }

        @Override
        public SignatureService getSignatureService() {
            return sha256 ? new HmacSha256() : new HMACSha1SignatureService();
        }
    }

    /** What ScribeJava's HMAC-SHA1 service does, with SHA-256: the way its users add the method Magento 2.4 accepts. */
    private static final class HmacSha256 implements SignatureService {

        @Override
        public String getSignature(String baseString, String apiSecret, String tokenSecret) {
            String key = OAuthEncoder.encode(apiSecret) + '&' + OAuthEncoder.encode(tokenSecret);
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                return Base64.getEncoder().encodeToString(mac.doFinal(baseString.getBytes(StandardCharsets.UTF_8)));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public String getSignatureMethod() {
            return "HMAC-SHA256";
        }
    }
}
