package com.customeraccounts.web.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

/**
 * Fixed windows aligned to the epoch (a 600 s window starts at every multiple of 600 s since 1970, on every
 * instance alike), counted in {@link WindowCounts} that all instances share: the key of a count is the
 * request's limit and client and the window's number, so a window's count is never touched again once it
 * is over.
 *
 * <p>Each request waits for the counts at most {@link #WAIT}. When they do not answer in time, or fail, the
 * request is let through, and that is logged at most once a minute. Failing open is deliberate: a rate
 * limit thins out floods, it is no rule that one request may break, and refusing every sign-up and sign-in
 * while the grid is slow or split would turn a grid fault into an outage of the anonymous routes. What
 * guards passwords (Magento's token throttle and the account lockout) is kept in the database, not here.
 */
final class GridRateLimiter implements RateLimiter {

    /** Two or three round trips within the cluster take a millisecond or so; far past that the grid is sick. */
    static final Duration WAIT = Duration.ofMillis(500);

    private static final Logger LOG = Logger.getLogger(GridRateLimiter.class.getName());
    private static final Duration WARN_AT_MOST_EVERY = Duration.ofMinutes(1);

    private final WindowCounts counts;
    private final Clock clock;
    private final AtomicReference<Instant> nextWarning = new AtomicReference<>(Instant.MIN);
    private final AtomicLong uncounted = new AtomicLong();

    GridRateLimiter(WindowCounts counts, Clock clock) {
        this.counts = counts;
        this.clock = clock;
    }

    @Override
    public Optional<Duration> acquire(String key, RateLimit limit) {
        Instant now = clock.instant();
        long seconds = Math.max(1, limit.window().toSeconds());
        long window = Math.floorDiv(now.getEpochSecond(), seconds);
        long count;
        try {
            count = counts.increment(key + " " + window, limit.requests(), Duration.ofSeconds(seconds), WAIT);
        } catch (WindowCounts.Unavailable e) {
            letThrough(e);
            return Optional.empty();
        }
        if (count <= limit.requests()) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, Instant.ofEpochSecond((window + 1) * seconds)));
    }

    private void letThrough(WindowCounts.Unavailable e) {
        long letThrough = uncounted.incrementAndGet();
        Instant now = Instant.now();
        Instant due = nextWarning.get();
        if (!now.isBefore(due) && nextWarning.compareAndSet(due, now.plus(WARN_AT_MOST_EVERY))) {
            uncounted.addAndGet(-letThrough);
            LOG.warning(() -> "The data grid did not count a rate-limited request within " + WAIT.toMillis()
                    + " ms (" + e.getMessage() + "; cause "
                    + e.getCause().getClass().getName() + "): let through "
                    + letThrough + " request(s) uncounted since the last warning");
        }
    }
}
