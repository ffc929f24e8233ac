package com.customeraccounts.migration.pull;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * One pull, as stored. Life cycle: created {@code running} in phase {@code groups}; each committed batch
 * moves its {@code checkpoint} (the last Magento entity id done in the phase) and counters; it ends
 * {@code completed} or {@code failed}. {@code sourceStartedAt} is Magento's own clock when the run began:
 * the next delta reads what changed from then on. {@code owner} is the service instance working on it,
 * which proves it is alive through {@code heartbeatAt}.
 *
 * @param since what a delta reads from (Magento's clock); {@code null} for a full run
 * @param total how many customers the customer phase has to read, once known
 */
public record MigrationRun(
        long id,
        MigrationMode mode,
        boolean dryRun,
        RunStatus status,
        MigrationPhase phase,
        long checkpoint,
        Instant sourceStartedAt,
        Instant since,
        long total,
        RunCounters counters,
        Instant startedAt,
        Instant heartbeatAt,
        Instant finishedAt,
        String owner,
        String error) {

    /** Customers read per second since the run started. */
    public OptionalDouble rate(Instant now) {
        Instant end = finishedAt == null ? now : finishedAt;
        double seconds = Duration.between(startedAt, end).toMillis() / 1000.0;
        return seconds <= 0 ? OptionalDouble.empty() : OptionalDouble.of(counters.read() / seconds);
    }

    /** Seconds left at the current rate, while the customers are being read. */
    public OptionalLong etaSeconds(Instant now) {
        OptionalDouble rate = rate(now);
        if (status != RunStatus.RUNNING || rate.isEmpty() || rate.getAsDouble() <= 0) {
            return OptionalLong.empty();
        }
        long left = Math.max(0, total - counters.read());
        return OptionalLong.of((long) Math.ceil(left / rate.getAsDouble()));
    }
}
