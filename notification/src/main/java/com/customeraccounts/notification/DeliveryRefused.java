package com.customeraccounts.notification;

/**
 * The receiver refused a row for good (a mail server's 5xx reply): sending it again would be refused
 * again, so it is marked {@code failed} at once instead of retried.
 */
final class DeliveryRefused extends Exception {

    DeliveryRefused(String reply, Throwable cause) {
        super(reply, cause);
    }
}
