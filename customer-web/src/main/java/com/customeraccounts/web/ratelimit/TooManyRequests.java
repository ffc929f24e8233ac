package com.customeraccounts.web.ratelimit;

import java.time.Duration;

/** A client over its limit: {@code 429} with {@code Retry-After}, in Magento's error shape. */
public class TooManyRequests extends RuntimeException {

    static final String MESSAGE = "Too many requests. Wait %seconds seconds and try again.";

    private final long retryAfterSeconds;

    TooManyRequests(Duration retryAfter) {
        super(MESSAGE, null, false, false);
        // whole seconds, rounded up: a client that waits as told is let in
        this.retryAfterSeconds = Math.max(1, retryAfter.plusMillis(999).toSeconds());
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
