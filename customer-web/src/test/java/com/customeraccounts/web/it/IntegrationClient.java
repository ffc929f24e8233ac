package com.customeraccounts.web.it;

import com.github.scribejava.core.builder.ServiceBuilder;
import com.github.scribejava.core.builder.api.DefaultApi10a;
import com.github.scribejava.core.model.OAuth1AccessToken;
import com.github.scribejava.core.model.OAuthRequest;
import com.github.scribejava.core.model.Verb;
import com.github.scribejava.core.oauth.OAuth10aService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A Magento integration as ERP connectors use it: every request signed with OAuth 1.0a (HMAC-SHA1) by
 * ScribeJava, a client library independent of this service. Credentials as in {@code it-integrations.json}.
 */
final class IntegrationClient {

    static final IntegrationClient ERP = new IntegrationClient(
            "it-erp-consumer-key-0123456789ab",
            "it-erp-consumer-secret-0123456789",
            "it-erp-access-token-0123456789abc",
            "it-erp-token-secret-0123456789ab");
    /** Holds {@code Magento_Customer::customer} only. */
    static final IntegrationClient CRM = new IntegrationClient(
            "it-crm-consumer-key-0123456789ab",
            "it-crm-consumer-secret-0123456789",
            "it-crm-access-token-0123456789abc",
            "it-crm-token-secret-0123456789ab");
    /** Holds {@code Magento_Customer::customer}, {@code ::manage} and {@code ::actions}: not {@code ::delete}, groups or stores. */
    static final IntegrationClient SUPPORT_DESK = new IntegrationClient(
            "it-desk-consumer-key-0123456789a",
            "it-desk-consumer-secret-012345678",
            "it-desk-access-token-0123456789ab",
            "it-desk-token-secret-0123456789a");
    /** Holds {@code Magento_Customer::group} only. */
    static final IntegrationClient PRICING = new IntegrationClient(
            "it-price-consumer-key-012345678a",
            "it-price-consumer-secret-01234567",
            "it-price-access-token-0123456789a",
            "it-price-token-secret-012345678a");

    private final String consumerKey;
    private final String consumerSecret;
    private final String accessToken;
    private final String accessTokenSecret;

    private IntegrationClient(String consumerKey, String consumerSecret, String accessToken, String accessTokenSecret) {
        this.consumerKey = consumerKey;
        this.consumerSecret = consumerSecret;
        this.accessToken = accessToken;
        this.accessTokenSecret = accessTokenSecret;
    }

    String accessToken() {
        return accessToken;
    }

    /** The {@code Authorization} header for this request. */
    String authorization(String method, String url) {
        try (OAuth10aService service =
                new ServiceBuilder(consumerKey).apiSecret(consumerSecret).build(new Api())) {
            OAuthRequest request = new OAuthRequest(Verb.valueOf(method), url);
            service.signRequest(new OAuth1AccessToken(accessToken, accessTokenSecret), request);
            return request.getHeaders().get("Authorization");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ApiResponse call(CustomerApi api, String method, String path, String jsonBody) {
        String url = api.url(path);
        List<String> headers = new ArrayList<>(List.of("Authorization", authorization(method, url)));
        if (jsonBody != null) {
            headers.addAll(List.of("Content-Type", "application/json"));
        }
        return api.send(method, path, jsonBody, headers);
    }

    /** Magento's integrations need no request-token dance: the access token is issued up front. */
    private static final class Api extends DefaultApi10a {

        @Override
        public String getRequestTokenEndpoint() {
            return "http://localhost/oauth/token/request";
        }

        @Override
        public String getAccessTokenEndpoint() {
            return "http://localhost/oauth/token/access";
        }

        @Override
        protected String getAuthorizationBaseUrl() {
            return "http://localhost/oauth/authorize";
        }
    }
}
