package com.customeraccounts.notification;

/**
 * What the outbox keeps of an email's bodies once the email has been handed over or given up: the link's
 * token or key replaced by a marker, so that the database, or a backup of it, never yields a working link.
 * A row whose secret is not known (queued before the outbox recorded it) keeps no body at all.
 */
final class Redaction {

    static final String MARKER = "[redacted after delivery]";

    private Redaction() {}

    static String of(String body, String linkSecret) {
        if (linkSecret == null || linkSecret.isEmpty()) {
            return MARKER;
        }
        return body.replace(linkSecret, MARKER);
    }
}
