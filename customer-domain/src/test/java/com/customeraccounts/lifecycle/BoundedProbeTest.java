package com.customeraccounts.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BoundedProbeTest {

    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void releaseHangingProbes() {
        release.countDown();
        executor.shutdownNow();
    }

    @Test
    void answersWithTheProbesValueOrItsFailure() {
        assertThat(new BoundedProbe<>(() -> 42, Duration.ofSeconds(5)).run(executor))
                .isEqualTo(new BoundedProbe.Answered<>(42));
        SQLException down = new SQLException("Connection refused");
        assertThat(new BoundedProbe<Integer>(
                                () -> {
                                    throw down;
                                },
                                Duration.ofSeconds(5))
                        .run(executor))
                .isEqualTo(new BoundedProbe.Failed<Integer>(down));
    }

    @Test
    void aHangingProbeTimesOutAndIsNotStartedAgainWhileItHangs() {
        AtomicInteger started = new AtomicInteger();
        BoundedProbe<Integer> probe = new BoundedProbe<>(
                () -> {
                    started.incrementAndGet();
                    release.await();
                    return 1;
                },
                Duration.ofMillis(50));

        assertThat(probe.run(executor)).isInstanceOf(BoundedProbe.TimedOut.class);
        assertThat(probe.run(executor)).isInstanceOf(BoundedProbe.TimedOut.class);
        assertThat(started).hasValue(1);
    }

    @Test
    void aFinishedRunIsFollowedByAFreshOne() {
        AtomicInteger runs = new AtomicInteger();
        BoundedProbe<Integer> probe = new BoundedProbe<>(runs::incrementAndGet, Duration.ofSeconds(5));

        probe.run(executor);

        assertThat(probe.run(executor)).isEqualTo(new BoundedProbe.Answered<>(2));
    }
}
