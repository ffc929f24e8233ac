package com.customeraccounts.web.shutdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RequestsInFlightTest {

    private final RequestsInFlight inFlight = new RequestsInFlight();

    @Test
    void countsTheRequestsBeingServed() {
        assertThat(inFlight.enter()).isTrue();
        assertThat(inFlight.enter()).isTrue();
        inFlight.leave();

        assertThat(inFlight.count()).isEqualTo(1);
        assertThat(inFlight.draining()).isFalse();
    }

    @Test
    void aDrainWithNothingInFlightIsDoneAtOnceAndTakesNoRequestAfterwards() throws Exception {
        assertThat(inFlight.drain(Duration.ZERO)).isTrue();

        assertThat(inFlight.enter()).isFalse();
        assertThat(inFlight.count()).isZero();
        assertThat(inFlight.draining()).isTrue();
    }

    @Test
    void aDrainWaitsUntilTheLastRequestInFlightIsAnsweredAndRefusesNewOnesMeanwhile() throws Exception {
        inFlight.enter();
        inFlight.enter();

        CompletableFuture<Boolean> drained = CompletableFuture.supplyAsync(() -> drain(Duration.ofSeconds(30)));
        awaitDraining();
        assertThat(inFlight.enter()).as("a request arriving during the drain").isFalse();
        inFlight.leave();
        assertThat(drained).isNotDone();
        assertThat(inFlight.count()).isEqualTo(1);
        inFlight.leave();

        assertThat(drained.get(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aDrainEndsAtItsTimeoutWithRequestsStillInFlight() throws Exception {
        inFlight.enter();

        long started = System.nanoTime();
        assertThat(inFlight.drain(Duration.ofMillis(200))).isFalse();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        assertThat(inFlight.count()).isEqualTo(1);
    }

    private boolean drain(Duration timeout) {
        try {
            return inFlight.drain(timeout);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private void awaitDraining() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!inFlight.draining()) {
            assertThat(System.nanoTime()).as("draining within 30 s").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }
}
