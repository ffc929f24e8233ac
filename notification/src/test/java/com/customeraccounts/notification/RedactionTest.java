package com.customeraccounts.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the outbox keeps of a body once its email is handed over. */
class RedactionTest {

    @Test
    void everyOccurrenceOfTheSecretGivesWayToTheMarker() {
        String body = "Set it here: https://shop.example/createPassword/?id=5&token=AbC123\nor here: ?token=AbC123";

        assertThat(Redaction.of(body, "AbC123"))
                .isEqualTo("Set it here: https://shop.example/createPassword/?id=5"
                        + "&token=[redacted after delivery]\nor here: ?token=[redacted after delivery]");
    }

    @Test
    void aBodyWhoseSecretIsNotKnownIsNotKeptAtAll() {
        String queuedBeforeSecretsWereRecorded = "Set it here: ?id=5&token=AbC123";

        assertThat(Redaction.of(queuedBeforeSecretsWereRecorded, null)).isEqualTo(Redaction.MARKER);
        assertThat(Redaction.of(queuedBeforeSecretsWereRecorded, "")).isEqualTo(Redaction.MARKER);
    }
}
