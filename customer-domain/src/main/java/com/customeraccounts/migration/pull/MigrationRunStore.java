package com.customeraccounts.migration.pull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The runs and their rejected rows, kept in this service's database. */
public interface MigrationRunStore {

    /**
     * A new {@code running} run owned by {@code owner}. The database lets only one run be running.
     *
     * @throws com.customeraccounts.error.InputException when one already is
     */
    MigrationRun create(MigrationMode mode, boolean dryRun, Instant now, String owner);

    Optional<MigrationRun> find(long id);

    /** The newest runs first. */
    List<MigrationRun> recent(int limit);

    /** A run's rejected rows in the order they were found, at most {@code limit}. */
    List<Rejection> rejections(long runId, int limit);

    /** The last completed run that wrote (not a dry run): deltas read from where it began. */
    Optional<MigrationRun> lastCompleted();

    /** Running runs whose owner has not shown a sign of life since {@code heartbeatBefore}. */
    List<Long> abandoned(Instant heartbeatBefore);

    /** Takes over an abandoned run; false when another instance was faster or the run went on. */
    boolean claim(long id, String owner, Instant now, Instant heartbeatBefore);

    /** Fixes where the run reads from, once: Magento's clock at its start and, for a delta, its lower bound. */
    void begin(long id, String owner, Instant sourceStartedAt, Instant since);

    void total(long id, String owner, long total);

    /** Records a batch's progress that wrote nothing here (a dry run, a phase change). */
    void progress(Progress progress);

    void finish(long id, String owner, RunStatus status, String error, Instant now);
}
