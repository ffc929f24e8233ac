package com.customeraccounts.web.ratelimit;

import java.time.Duration;

/** Request counts per key, shared by every instance that reaches them, each kept for about one window. */
interface WindowCounts {

    /**
     * Counts one more request for {@code key}, unless the key already has {@code ceiling}: then nothing is
     * written, so a client flooding past its limit costs one read per request.
     *
     * @return the count with this request; above {@code ceiling} when the request is over it
     * @throws Unavailable when the counts did not answer within {@code wait}, or failed
     */
    long increment(String key, int ceiling, Duration window, Duration wait) throws Unavailable;

    /** The counts could not be reached in time. */
    final class Unavailable extends Exception {

        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
