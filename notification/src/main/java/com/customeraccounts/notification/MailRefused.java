package com.customeraccounts.notification;

/**
 * The mail server refused an email for good (a 5xx reply): sending it again would be refused again, so it
 * is marked {@code failed} at once instead of retried.
 */
final class MailRefused extends Exception {

    MailRefused(String reply, Throwable cause) {
        super(reply, cause);
    }
}
