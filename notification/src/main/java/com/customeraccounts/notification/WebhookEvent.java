package com.customeraccounts.notification;

import com.customeraccounts.audit.AuditEvent;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The account events a webhook endpoint can be sent, in the order those of one change are sent in. */
enum WebhookEvent {
    CREATED("customer.created"),
    IMPORTED("customer.imported"),
    CONFIRMED("customer.confirmed"),
    UPDATED("customer.updated"),
    PASSWORD_CHANGED("customer.password_changed"),
    DELETED("customer.deleted");

    private final String type;

    WebhookEvent(String type) {
        this.type = type;
    }

    /** The CloudEvent {@code type}, as {@code webhooks.file} names it too. */
    String type() {
        return type;
    }

    static Optional<WebhookEvent> ofType(String type) {
        for (WebhookEvent event : values()) {
            if (event.type.equals(type)) {
                return Optional.of(event);
            }
        }
        return Optional.empty();
    }

    /**
     * What one change of an account is announced as: every field, address, email or group change together is
     * one {@code customer.updated}; a lock, an unlock or a sign-in is none.
     */
    static Set<WebhookEvent> of(Set<AuditEvent> events) {
        Set<WebhookEvent> out = EnumSet.noneOf(WebhookEvent.class);
        for (AuditEvent event : events) {
            of(event).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<WebhookEvent> of(AuditEvent event) {
        switch (event) {
            case CREATED:
                return Optional.of(CREATED);
            case MIGRATED:
                return Optional.of(IMPORTED);
            case CONFIRMED:
                return Optional.of(CONFIRMED);
            case UPDATED:
            case EMAIL_CHANGED:
            case GROUP_CHANGED:
            case ADDRESS_ADDED:
            case ADDRESS_CHANGED:
            case ADDRESS_REMOVED:
                return Optional.of(UPDATED);
            case PASSWORD_CHANGED:
            case PASSWORD_RESET:
                return Optional.of(PASSWORD_CHANGED);
            case DELETED:
                return Optional.of(DELETED);
            default:
                return Optional.empty();
        }
    }
}
