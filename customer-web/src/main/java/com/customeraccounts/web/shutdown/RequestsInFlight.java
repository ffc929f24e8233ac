package com.customeraccounts.web.shutdown;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * The requests being served, and whether the service still takes new ones. Once draining, it never takes
 * one again: checking and counting happen under one lock, so no request slips in after the drain began.
 * The lock is a field of its own, not {@code synchronized} methods: the bean's CDI proxy would take those
 * on itself too, and a drain waiting inside would then hold out every {@link #leave}.
 */
@ApplicationScoped
public class RequestsInFlight {

    private final Object lock = new Object();
    private int count;
    private boolean draining;

    /** Counts a request in; false, counting nothing, once draining: the request must be turned away. */
    public boolean enter() {
        synchronized (lock) {
            if (draining) {
                return false;
            }
            count++;
            return true;
        }
    }

    /** A request that {@link #enter entered} is answered. */
    public void leave() {
        synchronized (lock) {
            count--;
            if (count == 0) {
                lock.notifyAll();
            }
        }
    }

    public int count() {
        synchronized (lock) {
            return count;
        }
    }

    public boolean draining() {
        synchronized (lock) {
            return draining;
        }
    }

    /**
     * Takes no new request from now on and waits until those in flight are answered or {@code timeout} has
     * passed; true when none is left.
     */
    public boolean drain(Duration timeout) throws InterruptedException {
        synchronized (lock) {
            draining = true;
            long deadline = System.nanoTime() + timeout.toNanos();
            for (long left = timeout.toNanos(); count > 0 && left > 0; left = deadline - System.nanoTime()) {
                lock.wait(Math.max(1, left / 1_000_000));
            }
            return count == 0;
        }
    }
}
