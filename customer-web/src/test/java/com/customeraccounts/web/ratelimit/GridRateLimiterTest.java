package com.customeraccounts.web.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GridRateLimiterTest {

    private static final RateLimit THREE_A_MINUTE = new RateLimit(3, Duration.ofMinutes(1));
    /** 20 s into a minute: windows of a minute begin on the minute, whenever the first request came. */
    private static final Instant T0 = Instant.parse("2026-12-01T10:00:20Z");

    /** Counts as the grid keeps them: one per key, never past the ceiling. */
    private static final class CountsInAMap implements WindowCounts {
        final Map<String, Long> counts = new HashMap<>();

        @Override
        public long increment(String key, int ceiling, Duration window, Duration wait) {
            long current = counts.getOrDefault(key, 0L);
            if (current >= ceiling) {
                return current + 1;
            }
            counts.put(key, current + 1);
            return current + 1;
        }
    }

    private final CountsInAMap counts = new CountsInAMap();

    private Optional<Duration> acquire(WindowCounts counts, String key, Instant at) {
        return new GridRateLimiter(counts, Clock.fixed(at, ZoneOffset.UTC)).acquire(key, THREE_A_MINUTE);
    }

    @Test
    void refusesPastTheLimitUntilTheWindowAlignedToTheEpochEnds() {
        for (int i = 0; i < 3; i++) {
            assertThat(acquire(counts, "a", T0.plusSeconds(i))).isEmpty();
        }

        assertThat(acquire(counts, "a", T0.plusSeconds(10))).contains(Duration.ofSeconds(30));
        assertThat(acquire(counts, "b", T0.plusSeconds(10))).as("another key").isEmpty();
        assertThat(acquire(counts, "a", T0.plusSeconds(40)))
                .as("the next minute")
                .isEmpty();
    }

    @Test
    void countsEachWindowUnderAKeyOfItsOwnSoThatNoCountIsCarriedOver() {
        for (int i = 0; i < 4; i++) {
            acquire(counts, "a", T0);
        }
        acquire(counts, "a", T0.plusSeconds(60));

        long minute = T0.getEpochSecond() / 60;
        assertThat(counts.counts).containsOnly(Map.entry("a " + minute, 3L), Map.entry("a " + (minute + 1), 1L));
    }

    @Test
    void letsTheRequestThroughWhenTheGridDoesNotAnswerInTime() {
        WindowCounts silent = (key, ceiling, window, wait) -> {
            assertThat(wait).isEqualTo(GridRateLimiter.WAIT);
            throw new WindowCounts.Unavailable("no answer in time", new java.util.concurrent.TimeoutException());
        };

        for (int i = 0; i < 5; i++) {
            assertThat(acquire(silent, "a", T0)).isEmpty();
        }
    }
}
