package com.customeraccounts.web.ratelimit;

import java.time.Duration;
import java.util.Optional;

/**
 * Counts requests per key against a limit: in this process's memory, or in Payara's data grid for all the
 * instances of a cluster ({@link ChosenRateLimiter} chooses), without the routes noticing.
 */
public interface RateLimiter {

    /** @return nothing when the request may go on; otherwise how long until the key may ask again */
    Optional<Duration> acquire(String key, RateLimit limit);
}
