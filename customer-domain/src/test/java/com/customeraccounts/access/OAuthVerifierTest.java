package com.customeraccounts.access;

import static com.customeraccounts.access.SampleIntegrations.ALL;
import static com.customeraccounts.access.SampleIntegrations.ERP;
import static com.customeraccounts.access.SampleIntegrations.NOW;
import static com.customeraccounts.access.SampleIntegrations.PIM;
import static com.customeraccounts.access.SampleIntegrations.RFC_EXAMPLE;
import static com.customeraccounts.access.SampleIntegrations.clockAt;
import static org.assertj.core.api.Assertions.assertThat;

import com.customeraccounts.access.SampleIntegrations.RememberedNonces;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which signed requests name an integration, and which leave the caller a guest. */
class OAuthVerifierTest {

    private static final String CUSTOMER_URL = "http://localhost:8080/rest/V1/customers/42";
    private static final String SEARCH_URL = "http://localhost:8080/rest/V1/customers/search"
            + "?searchCriteria[filter_groups][0][filters][0][field]=email"
            + "&searchCriteria[filter_groups][0][filters][0][value]=jane%40example.com"
            + "&searchCriteria[filter_groups][0][filters][0][condition_type]=eq";

    private final RememberedNonces nonces = new RememberedNonces();
    private final OAuthVerifier verifier = new OAuthVerifier(ALL, nonces, clockAt(NOW));

    @Test
    void acceptsTheSignedRequestOfRfc5849() {
        OAuthVerifier atRfcTime = new OAuthVerifier(ALL, nonces, clockAt(Instant.ofEpochSecond(137131201L)));
        OAuthRequest request = new OAuthRequest(
                "POST", OAuthSignatureTest.RFC_URL, OAuthSignatureTest.RFC_HEADER, OAuthSignatureTest.RFC_FORM);

        assertThat(atRfcTime.verify(request)).contains(RFC_EXAMPLE);
        assertThat(nonces.used).containsExactly(List.of(RFC_EXAMPLE.consumerKey(), "7d8f3e4a"));
    }

    @Test
    void acceptsAMagentoSearchWithBracketsInTheQuery() {
        // Base string and signature computed outside this code base (Python's urllib.parse.quote and hmac).
        String header = "OAuth oauth_consumer_key=\"" + ERP.consumerKey() + "\",oauth_token=\"" + ERP.accessToken()
                + "\",oauth_signature_method=\"HMAC-SHA1\",oauth_timestamp=\"" + NOW.getEpochSecond()
                + "\",oauth_nonce=\"bracketnonce\",oauth_version=\"1.0\","
                + "oauth_signature=\"kOQ%2FxGYZHRiVOy1tc6uEDepmQzU%3D\"";
        String escapedOnTheWire = SEARCH_URL.replace("[", "%5B").replace("]", "%5D");

        assertThat(verifier.verify(new OAuthRequest("GET", SEARCH_URL, header))).contains(ERP);
        assertThat(new OAuthVerifier(ALL, new RememberedNonces(), clockAt(NOW))
                        .verify(new OAuthRequest("GET", escapedOnTheWire, header)))
                .contains(ERP);
    }

    @Test
    void acceptsHmacSha256() {
        OAuthRequest request = ScribeJavaClient.of(PIM).hmacSha256().get(SEARCH_URL);

        assertThat(request.authorization()).contains("oauth_signature_method=\"HMAC-SHA256\"");
        assertThat(verifier.verify(request)).contains(PIM);
    }

    @Test
    void refusesATamperedSignature() {
        OAuthRequest signed = ScribeJavaClient.of(ERP).get(CUSTOMER_URL);
        String tampered = signed.authorization().replaceFirst("oauth_signature=\"(.)", "oauth_signature=\"X$1");

        assertThat(verifier.verify(new OAuthRequest("GET", CUSTOMER_URL, tampered)))
                .isEmpty();
    }

    @Test
    void refusesARequestChangedAfterItWasSigned() {
        OAuthRequest signed = ScribeJavaClient.of(ERP).get(CUSTOMER_URL);

        assertThat(verifier.verify(new OAuthRequest("DELETE", CUSTOMER_URL, signed.authorization())))
                .isEmpty();
        assertThat(verifier.verify(new OAuthRequest("GET", CUSTOMER_URL.replace("42", "43"), signed.authorization())))
                .isEmpty();
        assertThat(verifier.verify(
                        new OAuthRequest("GET", "http://localhost:8081/rest/V1/customers/42", signed.authorization())))
                .isEmpty();
    }

    @Test
    void refusesAReplayedNonceButNotTheSameNonceOfAnotherConsumer() {
        OAuthRequest first = ScribeJavaClient.of(ERP).nonce("once").get(CUSTOMER_URL);
        OAuthRequest replay =
                ScribeJavaClient.of(ERP).nonce("once").at(NOW.plusSeconds(5)).get(CUSTOMER_URL);
        OAuthRequest otherConsumer = ScribeJavaClient.of(PIM).nonce("once").get(CUSTOMER_URL);

        assertThat(verifier.verify(first)).contains(ERP);
        assertThat(verifier.verify(first)).isEmpty();
        assertThat(verifier.verify(replay)).isEmpty();
        assertThat(verifier.verify(otherConsumer)).contains(PIM);
    }

    @Test
    void refusesATimestampMoreThanTenMinutesFromTheClock() {
        assertThat(verifier.verify(
                        ScribeJavaClient.of(ERP).at(NOW.minusSeconds(601)).get(CUSTOMER_URL)))
                .isEmpty();
        assertThat(verifier.verify(
                        ScribeJavaClient.of(ERP).at(NOW.plusSeconds(601)).get(CUSTOMER_URL)))
                .isEmpty();
        assertThat(verifier.verify(
                        ScribeJavaClient.of(ERP).at(NOW.minusSeconds(600)).get(CUSTOMER_URL)))
                .contains(ERP);
        assertThat(verifier.verify(
                        ScribeJavaClient.of(ERP).at(NOW.plusSeconds(600)).get(CUSTOMER_URL)))
                .contains(ERP);
    }

    @Test
    void refusesASignatureMadeWithTheWrongTokenSecret() {
        OAuthRequest request = ScribeJavaClient.of(ERP).getWithTokenSecret(CUSTOMER_URL, "guessed-token-secret");

        assertThat(verifier.verify(request)).isEmpty();
    }

    @Test
    void refusesTheConsumerKeyOfOneIntegrationWithTheTokenOfAnother() {
        OAuthRequest request = ScribeJavaClient.of(ERP).get(CUSTOMER_URL, PIM);

        assertThat(verifier.verify(request)).isEmpty();
    }

    @Test
    void recordsTheNonceOnlyOnceTheSignatureCheckedOut() {
        OAuthRequest wrongSecret = ScribeJavaClient.of(ERP).nonce("precious").getWithTokenSecret(CUSTOMER_URL, "bad");
        OAuthRequest genuine = ScribeJavaClient.of(ERP).nonce("precious").get(CUSTOMER_URL);

        assertThat(verifier.verify(wrongSecret)).isEmpty();
        assertThat(nonces.used).isEmpty();
        assertThat(verifier.verify(genuine)).contains(ERP);
    }

    @Test
    void refusesAnUnknownConsumer() {
        Integration stranger =
                new Integration("stranger", "unknown-key", "s", ERP.accessToken(), "ts", ERP.resources());

        assertThat(verifier.verify(ScribeJavaClient.of(stranger).get(CUSTOMER_URL)))
                .isEmpty();
    }

    @Test
    void refusesMissingOrUnsupportedProtocolParameters() {
        String signed = ScribeJavaClient.of(ERP).get(CUSTOMER_URL).authorization();

        assertThat(verify(signed.replace("HMAC-SHA1", "PLAINTEXT"))).isEmpty();
        assertThat(verify(signed.replace("oauth_version=\"1.0\"", "oauth_version=\"2.0\"")))
                .isEmpty();
        assertThat(verify(signed.replaceFirst("oauth_nonce=\"[^\"]*\",? ?", "")))
                .isEmpty();
        assertThat(verify(signed.replaceFirst("oauth_timestamp=\"[^\"]*\"", "oauth_timestamp=\"soon\"")))
                .isEmpty();
        assertThat(verify(signed + ", oauth_nonce=\"second\"")).isEmpty();
        assertThat(verify(signed.replaceFirst("oauth_signature=\"", "oauth_signature=\"%G")))
                .isEmpty();
        assertThat(nonces.used).isEmpty();
    }

    @Test
    void leavesOtherSchemesAndNoHeaderToTheGuestPath() {
        assertThat(verify(null)).isEmpty();
        assertThat(verify("Bearer " + ERP.accessToken())).isEmpty();
        assertThat(verify("OAuthx oauth_consumer_key=\"" + ERP.consumerKey() + "\""))
                .isEmpty();
        assertThat(verify("OAuth")).isEmpty();
    }

    private java.util.Optional<Integration> verify(String authorization) {
        return verifier.verify(new OAuthRequest("GET", CUSTOMER_URL, authorization));
    }
}
