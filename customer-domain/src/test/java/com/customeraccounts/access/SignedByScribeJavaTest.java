package com.customeraccounts.access;

import static com.customeraccounts.access.SampleIntegrations.ALL;
import static com.customeraccounts.access.SampleIntegrations.ERP;
import static com.customeraccounts.access.SampleIntegrations.NOW;
import static com.customeraccounts.access.SampleIntegrations.clockAt;
import static org.assertj.core.api.Assertions.assertThat;

import com.customeraccounts.access.SampleIntegrations.RememberedNonces;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Requests signed by ScribeJava, an OAuth 1.0a client library written without this code, are accepted. */
class SignedByScribeJavaTest {

    private final OAuthVerifier verifier = new OAuthVerifier(ALL, new RememberedNonces(), clockAt(NOW));

    @Test
    void acceptsAGetWithABracketedSearchCriteriaQuery() {
        OAuthRequest request = ScribeJavaClient.of(ERP)
                .get("http://localhost:8080/rest/default/V1/customers/search"
                        + "?searchCriteria[filter_groups][0][filters][0][field]=email"
                        + "&searchCriteria[filter_groups][0][filters][0][value]=%25%40example.com"
                        + "&searchCriteria[filter_groups][0][filters][0][condition_type]=like"
                        + "&searchCriteria[sortOrders][0][field]=created_at&searchCriteria[pageSize]=20");

        assertThat(verifier.verify(request)).contains(ERP);
    }

    @Test
    void acceptsAPostWithAJsonBodyWhichTheSignatureDoesNotCover() {
        OAuthRequest request = ScribeJavaClient.of(ERP)
                .postJson(
                        "https://shop.example/rest/V1/customers",
                        "{\"customer\":{\"email\":\"jdoe@example.com\",\"firstname\":\"Jane\",\"lastname\":\"Doe\"}}");

        assertThat(request.formParameters()).isEmpty();
        assertThat(verifier.verify(request)).contains(ERP);
    }

    @Test
    void acceptsAPostWithAFormBodyWhichTheSignatureCovers() {
        OAuthRequest request = ScribeJavaClient.of(ERP)
                .postForm("http://localhost:8080/rest/V1/customers/42", Map.of("note", "a + b = c", "empty", ""));
        OAuthRequest changedBody = new OAuthRequest(
                request.method(),
                request.url(),
                request.authorization(),
                Map.of("note", java.util.List.of("a + b = d"), "empty", java.util.List.of("")));

        assertThat(verifier.verify(changedBody)).isEmpty();
        assertThat(verifier.verify(request)).contains(ERP);
    }
}
