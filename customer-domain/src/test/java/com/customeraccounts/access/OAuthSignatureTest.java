package com.customeraccounts.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The signature base string and HMAC of RFC 5849 §3.4, checked against the RFC's own example. */
class OAuthSignatureTest {

    static final String RFC_URL = "http://example.com/request?b5=%3D%253D&a3=a&c%40=&a2=r%20b";
    static final Map<String, List<String>> RFC_FORM = Map.of("c2", List.of(""), "a3", List.of("2 q"));
    static final String RFC_BASE_STRING = "POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q"
            + "%26a3%3Da%26b5%3D%253D%25253D%26c%2540%3D%26c2%3D%26oauth_consumer_key%3D9djdj82h48djs9d2%26oauth_"
            + "nonce%3D7d8f3e4a%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D137131201%26oauth_token"
            + "%3Dkkk9d7dh3k39sjv7";
    static final String RFC_HEADER = "OAuth realm=\"Example\", oauth_consumer_key=\"9djdj82h48djs9d2\", "
            + "oauth_token=\"kkk9d7dh3k39sjv7\", oauth_signature_method=\"HMAC-SHA1\", oauth_timestamp=\"137131201\", "
            + "oauth_nonce=\"7d8f3e4a\", oauth_signature=\"r6%2FTJjbCOr97%2F%2BUU0NsvSne7s5g%3D\"";

    @Test
    void buildsTheBaseStringOfTheRfcExampleFromQueryFormAndHeaderParameters() {
        Map<String, String> oauth =
                AuthorizationHeader.protocolParameters(RFC_HEADER).orElseThrow();

        assertThat(OAuthSignature.baseString("POST", RFC_URL, RFC_FORM, oauth)).isEqualTo(RFC_BASE_STRING);
    }

    @Test
    void signsTheRfcExampleWithBothSecrets() {
        assertThat(OAuthSignature.sign("HMAC-SHA1", RFC_BASE_STRING, "j49sk3j29djd", "dh893hdasih9"))
                .isEqualTo("r6/TJjbCOr97/+UU0NsvSne7s5g=");
    }

    @Test
    void readsTheHeaderParametersDecodedWithoutTheRealmOrTheScheme() {
        Map<String, String> oauth =
                AuthorizationHeader.protocolParameters(RFC_HEADER).orElseThrow();

        assertThat(oauth)
                .containsEntry("oauth_signature", "r6/TJjbCOr97/+UU0NsvSne7s5g=")
                .containsEntry("oauth_consumer_key", "9djdj82h48djs9d2")
                .doesNotContainKey("realm")
                .hasSize(6);
    }

    @Test
    void encodesMagentoSearchCriteriaBracketsTheSameWhetherTheyArriveRawOrEscaped() {
        Map<String, String> oauth = Map.of("oauth_consumer_key", "key", "oauth_nonce", "n");
        String raw = "http://shop.example/rest/V1/customers/search"
                + "?searchCriteria[filter_groups][0][filters][0][field]=email";
        String escaped = "http://shop.example/rest/V1/customers/search"
                + "?searchCriteria%5Bfilter_groups%5D%5B0%5D%5Bfilters%5D%5B0%5D%5Bfield%5D=email";

        String expected = "GET&http%3A%2F%2Fshop.example%2Frest%2FV1%2Fcustomers%2Fsearch&oauth_consumer_key%3Dkey"
                + "%26oauth_nonce%3Dn%26searchCriteria%255Bfilter_groups%255D%255B0%255D%255Bfilters%255D%255B0%255D"
                + "%255Bfield%255D%3Demail";
        assertThat(OAuthSignature.baseString("GET", raw, Map.of(), oauth)).isEqualTo(expected);
        assertThat(OAuthSignature.baseString("get", escaped, Map.of(), oauth)).isEqualTo(expected);
    }

    @Test
    void lowerCasesSchemeAndHostAndOmitsOnlyTheSchemesDefaultPort() {
        assertThat(OAuthSignature.baseString("GET", "HTTPS://Shop.Example:443/rest/V1/Customers/5", Map.of(), Map.of()))
                .isEqualTo("GET&https%3A%2F%2Fshop.example%2Frest%2FV1%2FCustomers%2F5&");
        assertThat(OAuthSignature.baseString("GET", "http://shop.example:443/", Map.of(), Map.of()))
                .isEqualTo("GET&http%3A%2F%2Fshop.example%3A443%2F&");
        assertThat(OAuthSignature.baseString("GET", "http://shop.example", Map.of(), Map.of()))
                .isEqualTo("GET&http%3A%2F%2Fshop.example%2F&");
    }

    @Test
    void percentEncodesAllButTheUnreservedCharactersOfRfc3986() {
        assertThat(OAuthSignature.encode("Ladies + Gentlemen")).isEqualTo("Ladies%20%2B%20Gentlemen");
        assertThat(OAuthSignature.encode("An encoded string!")).isEqualTo("An%20encoded%20string%21");
        assertThat(OAuthSignature.encode("-._~*'()")).isEqualTo("-._~%2A%27%28%29");
        assertThat(OAuthSignature.encode("Dogs, Cats & Mice ☃")).isEqualTo("Dogs%2C%20Cats%20%26%20Mice%20%E2%98%83");
    }

    @Test
    void refusesABrokenPercentEscapeOrARelativeUrl() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OAuthSignature.baseString("GET", "http://shop.example/?a=%G1", Map.of(), Map.of()));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OAuthSignature.baseString("GET", "http://shop.example/?a=%2", Map.of(), Map.of()));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OAuthSignature.baseString("GET", "/rest/V1/customers", Map.of(), Map.of()));
    }
}
