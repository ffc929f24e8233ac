package com.customeraccounts.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.StringReader;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WebhooksFileTest {

    private static final String SECRET = WebhookSignatureTest.newSecret(32);

    @Test
    void readsEachEndpointWithItsEvents() {
        WebhookEndpoints endpoints = WebhooksFile.parse(array("[{\"name\": \"erp\", \"url\": "
                + "\"https://erp.example.com/hooks/customers?tenant=7\", \"secret\": \"" + SECRET + "\", \"events\": "
                + "[\"customer.created\", \"customer.deleted\"]}, {\"name\": \"crm\", \"url\": \"http://10.0.0.5:8080/in\", "
                + "\"secret\": \"" + SECRET + "\", \"events\": [\"customer.imported\"]}]"));

        assertThat(endpoints.all()).extracting(WebhookEndpoint::name).containsExactly("erp", "crm");
        assertThat(endpoints.named("erp").orElseThrow().events())
                .isEqualTo(Set.of(WebhookEvent.CREATED, WebhookEvent.DELETED));
        assertThat(endpoints.wanting(WebhookEvent.IMPORTED))
                .extracting(WebhookEndpoint::name)
                .containsExactly("crm");
        assertThat(endpoints.wanting(WebhookEvent.UPDATED)).isEmpty();
        assertThat(endpoints.all().get(0).toString())
                .isEqualTo("webhook endpoint erp (https://erp.example.com)")
                .doesNotContain(SECRET.substring(6));
    }

    @Test
    void refusesWhatWouldLoseOrMisdirectEventsNamingTheEntryButNeverTheSecret() {
        String[] broken = {
            entry("\"name\": \"erp\", \"url\": \"ftp://erp.example.com/\""),
            entry("\"name\": \"erp\", \"url\": \"https://user:pw@erp.example.com/\""),
            entry("\"name\": \"erp\", \"url\": \"https://erp.example.com/#part\""),
            entry("\"name\": \"erp\", \"url\": \"/relative\""),
            entry("\"name\": \"erp\", \"url\": \"https://erp.example.com/\", \"events\": [\"customer.locked\"]"),
            entry("\"name\": \"erp\", \"url\": \"https://erp.example.com/\", \"events\": []"),
            entry("\"name\": \"e r p\", \"url\": \"https://erp.example.com/\""),
            "["
                    + entry("\"name\": \"erp\", \"url\": \"https://a.example.com/\"")
                            .replaceAll("^\\[|\\]$", "") + ", "
                    + entry("\"name\": \"erp\", \"url\": \"https://b.example.com/\"")
                            .replaceAll("^\\[|\\]$", "")
                    + "]",
            "[{\"name\": \"erp\", \"url\": \"https://erp.example.com/\", \"secret\": \"" + SECRET.substring(6)
                    + "\", \"events\": [\"customer.created\"]}]",
            "[\"https://erp.example.com/\"]"
        };
        for (String file : broken) {
            assertThatIllegalArgumentException()
                    .as(file)
                    .isThrownBy(() -> WebhooksFile.parse(array(file)))
                    .satisfies(
                            e -> assertThat(e.getMessage()).startsWith("entry ").doesNotContain(SECRET.substring(6)));
        }
    }

    private static String entry(String fields) {
        String events = fields.contains("\"events\"") ? "" : ", \"events\": [\"customer.created\"]";
        return "[{" + fields + ", \"secret\": \"" + SECRET + "\"" + events + "}]";
    }

    private static JsonArray array(String json) {
        return Json.createReader(new StringReader(json)).readArray();
    }
}
