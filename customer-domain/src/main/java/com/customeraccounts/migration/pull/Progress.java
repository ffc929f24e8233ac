package com.customeraccounts.migration.pull;

import java.time.Instant;
import java.util.List;

/**
 * What one batch adds to its run: where the run now stands (phase and checkpoint), the counts to add and
 * the rows rejected. Written in the batch's own transaction, and only while {@code owner} owns the run.
 * A checkpoint of {@link #KEEP} leaves the run's where it is.
 */
public record Progress(
        long runId,
        String owner,
        MigrationPhase phase,
        long checkpoint,
        RunCounters added,
        List<Rejection> rejections,
        Instant at) {

    public static final long KEEP = -1;

    public Progress {
        rejections = List.copyOf(rejections);
    }
}
