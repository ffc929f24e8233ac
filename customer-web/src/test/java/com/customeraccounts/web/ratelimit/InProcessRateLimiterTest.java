package com.customeraccounts.web.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InProcessRateLimiterTest {

    private static final RateLimit THREE_A_MINUTE = new RateLimit(3, Duration.ofMinutes(1));
    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    private final MovableClock clock = new MovableClock();
    private final InProcessRateLimiter limiter = new InProcessRateLimiter(clock);

    private static final class MovableClock extends Clock {
        private Instant now = T0;

        Instant at(Instant instant) {
            now = instant;
            return instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private Optional<Duration> acquire(String key, Instant at) {
        clock.at(at);
        return limiter.acquire(key, THREE_A_MINUTE);
    }

    @Test
    void refusesPastTheLimitUntilTheWindowEnds() {
        IntStream.range(0, 3)
                .forEach(i -> assertThat(acquire("a", T0.plusSeconds(i))).isEmpty());

        assertThat(acquire("a", T0.plusSeconds(20))).contains(Duration.ofSeconds(40));
        assertThat(acquire("a", T0.plusSeconds(60))).isEmpty();
    }

    @Test
    void countsEachKeyApart() {
        IntStream.range(0, 3).forEach(i -> acquire("a", T0));

        assertThat(acquire("a", T0)).isPresent();
        assertThat(acquire("b", T0)).isEmpty();
    }

    @Test
    void keepsItsTableBoundedDroppingExpiredWindows() {
        for (int i = 0; i < InProcessRateLimiter.MAX_KEYS; i++) {
            acquire("client " + i, T0);
        }
        Instant later = T0.plus(Duration.ofMinutes(2));
        IntStream.range(0, 3).forEach(i -> acquire("new", later));

        assertThat(acquire("new", later)).as("counted after the sweep").isPresent();
    }
}
