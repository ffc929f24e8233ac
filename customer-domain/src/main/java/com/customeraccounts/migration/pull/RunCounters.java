package com.customeraccounts.migration.pull;

/**
 * What a run has done so far: rows read from Magento, written here (or that a dry run would write),
 * unchanged since the last copy, rejected with a reason, and deleted because Magento no longer has them.
 */
public record RunCounters(long read, long written, long unchanged, long rejected, long deleted) {

    public static final RunCounters NONE = new RunCounters(0, 0, 0, 0, 0);

    public RunCounters plus(RunCounters other) {
        return new RunCounters(
                read + other.read,
                written + other.written,
                unchanged + other.unchanged,
                rejected + other.rejected,
                deleted + other.deleted);
    }
}
