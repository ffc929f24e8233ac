package com.customeraccounts.web.ratelimit;

import java.time.Duration;
import java.util.Optional;

/**
 * Counts requests per key against a limit. The state is this process's for now; a shared implementation
 * (Payara's data grid) can take its place without the routes noticing.
 */
public interface RateLimiter {

    /** @return nothing when the request may go on; otherwise how long until the key may ask again */
    Optional<Duration> acquire(String key, RateLimit limit);
}
