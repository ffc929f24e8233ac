package com.customeraccounts.migration.pull;

/**
 * This instance no longer owns the run (another took it over after its heartbeat went stale): the batch
 * being written is rolled back and the work stops here.
 */
public class RunLost extends MigrationFailure {

    public RunLost(long runId) {
        super("run " + runId + " is no longer owned by this instance");
    }
}
