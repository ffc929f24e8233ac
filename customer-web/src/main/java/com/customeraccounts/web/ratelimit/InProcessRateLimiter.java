package com.customeraccounts.web.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Fixed windows per key, in memory. The number of keys is bounded: past {@link #MAX_KEYS} the expired
 * windows are dropped (at most once a second, so a flood of new clients cannot make every request pay for
 * a sweep); if the live ones alone still fill the table, new clients go uncounted until windows expire,
 * rather than the table growing without end. Not a bean of its own: {@link ChosenRateLimiter} makes it when the
 * counts stay in this process.
 */
public class InProcessRateLimiter implements RateLimiter {

    static final int MAX_KEYS = 100_000;
    private static final Duration SWEEP_AT_MOST_EVERY = Duration.ofSeconds(1);

    private record Window(Instant start, Instant end, int count) {}

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final AtomicReference<Instant> nextSweep = new AtomicReference<>(Instant.MIN);
    private final Clock clock;

    public InProcessRateLimiter(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Optional<Duration> acquire(String key, RateLimit limit) {
        Instant now = clock.instant();
        if (windows.size() >= MAX_KEYS && !windows.containsKey(key) && !sweep(now)) {
            return Optional.empty();
        }
        Window window = windows.compute(
                key,
                (k, current) -> current == null || !now.isBefore(current.end())
                        ? new Window(now, now.plus(limit.window()), 1)
                        : new Window(current.start(), current.end(), current.count() + 1));
        if (window.count() <= limit.requests()) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, window.end()));
    }

    /** @return whether there is room now */
    private boolean sweep(Instant now) {
        Instant due = nextSweep.get();
        if (!now.isBefore(due) && nextSweep.compareAndSet(due, now.plus(SWEEP_AT_MOST_EVERY))) {
            windows.values().removeIf(w -> !now.isBefore(w.end()));
        }
        return windows.size() < MAX_KEYS;
    }
}
