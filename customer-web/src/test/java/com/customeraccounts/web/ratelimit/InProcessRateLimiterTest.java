package com.customeraccounts.web.ratelimit;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class InProcessRateLimiterTest {

    private static final RateLimit THREE_A_MINUTE = new RateLimit(3, Duration.ofMinutes(1));
    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    private final InProcessRateLimiter limiter = new InProcessRateLimiter();

    @Test
    void refusesPastTheLimitUntilTheWindowEnds() {
        IntStream.range(0, 3).forEach(i -> assertThat(limiter.acquire("a", THREE_A_MINUTE, T0.plusSeconds(i))).isEmpty());

        assertThat(limiter.acquire("a", THREE_A_MINUTE, T0.plusSeconds(20))).contains(Duration.ofSeconds(40));
        assertThat(limiter.acquire("a", THREE_A_MINUTE, T0.plusSeconds(60))).isEmpty();
    }

    @Test
    void countsEachKeyApart() {
        IntStream.range(0, 3).forEach(i -> limiter.acquire("a", THREE_A_MINUTE, T0));

        assertThat(limiter.acquire("a", THREE_A_MINUTE, T0)).isPresent();
        assertThat(limiter.acquire("b", THREE_A_MINUTE, T0)).isEmpty();
    }

    @Test
    void keepsItsTableBoundedDroppingExpiredWindows() {
        for (int i = 0; i < InProcessRateLimiter.MAX_KEYS; i++) {
            limiter.acquire("client " + i, THREE_A_MINUTE, T0);
        }
        Instant later = T0.plus(Duration.ofMinutes(2));
        IntStream.range(0, 3).forEach(i -> limiter.acquire("new", THREE_A_MINUTE, later));

        assertThat(limiter.acquire("new", THREE_A_MINUTE, later)).as("counted after the sweep").isPresent();
    }
}
