package com.customeraccounts.access;

import java.time.Instant;
import java.util.Optional;

/**
 * Failed token requests per username and user type ({@code oauth_token_request_log}), kept where every
 * instance sees them and out of the requests' own transactions, so a failure stays counted when its
 * request rolls back, restarts or lands on another instance.
 */
public interface TokenRequestLog {

    /** The failures counted for this user whose lock has not yet expired; 0 once it has. */
    int failures(TokenUser user, Instant now);

    /** The failures counted for this user and when their lock expires, while it has not yet. */
    Optional<Failures> current(TokenUser user, Instant now);

    /** Failures counted, and when the count (and any lock it makes) expires. */
    record Failures(int count, Instant lockExpiresAt) {}

    /**
     * Counts one more failure (a first one when the earlier count has expired) and moves the lock's expiry
     * to {@code lockExpiresAt}, atomically however many requests fail at once.
     */
    void recordFailure(TokenUser user, Instant now, Instant lockExpiresAt);

    void reset(TokenUser user);
}
