package com.customeraccounts.persistence.database;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Lets one caller through per period on this instance: for clean-ups that whichever request comes along
 * pays for, so that no scheduler is needed and no request pays often.
 */
public final class Occasionally {

    private final Duration period;
    private final AtomicReference<Instant> next = new AtomicReference<>(Instant.MIN);

    public Occasionally(Duration period) {
        this.period = period;
    }

    /** Whether this caller is the one to do the work now; a failed run is simply tried next period. */
    public boolean due(Instant now) {
        Instant due = next.get();
        return !now.isBefore(due) && next.compareAndSet(due, now.plus(period));
    }
}
