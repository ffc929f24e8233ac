package com.customeraccounts.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.customeraccounts.audit.AuditEvent;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class WebhookEventTest {

    @Test
    void oneSaveThatChangedSeveralThingsIsOneUpdate() {
        assertThat(WebhookEvent.of(EnumSet.of(
                        AuditEvent.UPDATED,
                        AuditEvent.EMAIL_CHANGED,
                        AuditEvent.GROUP_CHANGED,
                        AuditEvent.ADDRESS_ADDED,
                        AuditEvent.ADDRESS_REMOVED)))
                .containsExactly(WebhookEvent.UPDATED);
    }

    @Test
    void aResetIsAPasswordChangeAndAnImportIsImported() {
        assertThat(WebhookEvent.of(EnumSet.of(AuditEvent.PASSWORD_RESET)))
                .containsExactly(WebhookEvent.PASSWORD_CHANGED);
        assertThat(WebhookEvent.of(EnumSet.of(AuditEvent.MIGRATED))).containsExactly(WebhookEvent.IMPORTED);
    }

    @Test
    void locksUnlocksAndSignInsAreNoAccountEvent() {
        assertThat(WebhookEvent.of(
                        EnumSet.of(AuditEvent.LOCKED, AuditEvent.UNLOCKED, AuditEvent.SIGNED_IN_AFTER_LOCKOUT)))
                .isEmpty();
    }

    @Test
    void everyEventHasTheTypeTheFileNamesItBy() {
        for (WebhookEvent event : WebhookEvent.values()) {
            assertThat(WebhookEvent.ofType(event.type())).contains(event);
        }
        assertThat(WebhookEvent.ofType("customer.locked")).isEmpty();
    }
}
