package com.customeraccounts.notification;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Keeps an outbox row for {@code retention} after it was delivered (or, if it was given up, queued), for the
 * admin's history of emails and events, then deletes it. Deletes in batches, so that no statement holds many locks long.
 */
final class OutboxRetention {

    static final int BATCH = 500;

    private final OutboxTable<?> outbox;
    private final Clock clock;
    private final Duration retention;

    OutboxRetention(OutboxTable<?> outbox, Clock clock, Duration retention) {
        this.outbox = outbox;
        this.clock = clock;
        this.retention = retention;
    }

    /** @return how many rows were deleted */
    int purge() throws SQLException {
        Instant before = clock.instant().minus(retention);
        int total = 0;
        int deleted;
        do {
            deleted = outbox.purgeDone(before, BATCH);
            total += deleted;
        } while (deleted == BATCH);
        return total;
    }
}
