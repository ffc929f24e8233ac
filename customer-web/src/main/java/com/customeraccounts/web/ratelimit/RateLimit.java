package com.customeraccounts.web.ratelimit;

import java.time.Duration;

/** At most {@code requests} requests per client in each {@code window}. */
public record RateLimit(int requests, Duration window) {

    public RateLimit {
        if (requests < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException(
                    "A rate limit needs at least one request and a window: " + requests + " per " + window);
        }
    }
}
