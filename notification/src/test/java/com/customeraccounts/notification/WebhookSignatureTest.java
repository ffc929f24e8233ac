package com.customeraccounts.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.svix.Webhook;
import com.svix.exceptions.WebhookVerificationException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Our signatures checked by Svix's library, the Standard Webhooks reference a receiver is likely to use. */
class WebhookSignatureTest {

    private static final String BODY =
            "{\"specversion\":\"1.0\",\"type\":\"customer.created\",\"data\":{\"email\":\"j\u00f6rg@example.com\"}}";

    @Test
    void aReceiverUsingTheStandardWebhooksLibraryAcceptsTheSignature() throws Exception {
        String secret = newSecret(32);
        long now = Instant.now().getEpochSecond();
        String signature = WebhookSignature.ofSecret(secret).sign("msg_1", now, BODY);

        new Webhook(secret).verify(BODY, headers("msg_1", now, signature));
        assertThat(signature).isEqualTo(new Webhook(secret).sign("msg_1", now, BODY));
    }

    @Test
    void aChangedBodyIdOrTimestampOrAnotherSecretFailsVerification() throws Exception {
        String secret = newSecret(24);
        long now = Instant.now().getEpochSecond();
        String signature = WebhookSignature.ofSecret(secret).sign("msg_1", now, BODY);

        assertThatThrownBy(() -> new Webhook(secret).verify(BODY + " ", headers("msg_1", now, signature)))
                .isInstanceOf(WebhookVerificationException.class);
        assertThatThrownBy(() -> new Webhook(secret).verify(BODY, headers("msg_2", now, signature)))
                .isInstanceOf(WebhookVerificationException.class);
        assertThatThrownBy(() -> new Webhook(secret).verify(BODY, headers("msg_1", now - 1, signature)))
                .isInstanceOf(WebhookVerificationException.class);
        assertThatThrownBy(() -> new Webhook(newSecret(24)).verify(BODY, headers("msg_1", now, signature)))
                .isInstanceOf(WebhookVerificationException.class);
    }

    @Test
    void onlyAWhsecSecretOf24To64BytesIsTakenAndNoMessageShowsIt() {
        String tooShort = newSecret(23);
        String tooLong = newSecret(65);
        for (String secret :
                List.of(tooShort, tooLong, "whsec_not*base64!", newSecret(32).substring(6))) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> WebhookSignature.ofSecret(secret))
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(secret.replace("whsec_", "")));
        }
        String secret = newSecret(64);
        assertThat(WebhookSignature.ofSecret(secret).toString()).doesNotContain(secret.substring(6));
    }

    static String newSecret(int bytes) {
        byte[] key = new byte[bytes];
        new SecureRandom().nextBytes(key);
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }

    private static Map<String, List<String>> headers(String id, long timestamp, String signature) {
        return Map.of(
                "webhook-id", List.of(id),
                "webhook-timestamp", List.of(Long.toString(timestamp)),
                "webhook-signature", List.of(signature));
    }
}
