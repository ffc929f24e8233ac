package com.customeraccounts.customer;

/** Magento's newsletter subscriber status ({@code newsletter_subscriber.subscriber_status}). */
public enum NewsletterStatus {
    SUBSCRIBED(1),
    NOT_ACTIVE(2),
    UNSUBSCRIBED(3),
    UNCONFIRMED(4);

    private final int code;

    NewsletterStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static NewsletterStatus ofCode(int code) {
        for (NewsletterStatus status : values()) {
            if (status.code == code) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown subscriber status " + code);
    }
}
