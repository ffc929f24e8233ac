package com.customeraccounts.migration.pull;

/** A batch of a run that writes (not a dry run) has committed, with the rows it adds to the run's counters. */
public record MigrationRowsCounted(RunCounters added) {}
