package com.customeraccounts.audit;

import java.util.Locale;

/** What happened to an account. Its {@link #code()} is how the API names it. */
public enum AuditEvent {
    CREATED,
    MIGRATED,
    CONFIRMED,
    UPDATED,
    EMAIL_CHANGED,
    GROUP_CHANGED,
    ADDRESS_ADDED,
    ADDRESS_CHANGED,
    ADDRESS_REMOVED,
    PASSWORD_CHANGED,
    PASSWORD_RESET,
    LOCKED,
    SIGNED_IN_AFTER_LOCKOUT,
    UNLOCKED,
    DELETED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AuditEvent ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
