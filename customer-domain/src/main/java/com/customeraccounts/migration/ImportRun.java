package com.customeraccounts.migration;

import com.customeraccounts.password.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * One import's transaction: every row is read, checked and (while the strategy allows) written in batches,
 * all in one transaction, so that an import that must write nothing, or that fails halfway, leaves nothing
 * behind, and no customer is ever seen without its addresses.
 */
@ApplicationScoped
public class ImportRun {

    private CustomerTables tables;
    private PasswordHasher hasher;
    private Clock clock;

    protected ImportRun() {}

    @Inject
    public ImportRun(CustomerTables tables, PasswordHasher hasher, Clock clock) {
        this.tables = tables;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** @throws NothingWritten carrying the report, when the import must write nothing (rolled back) */
    @Transactional
    public ImportReport run(ImportJob job) {
        LocalDateTime now =
                LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).withNano(0);
        try (CustomerTables.Batch batch = tables.open()) {
            ImportReport report = new ImportPass(job, batch, hasher, now).execute();
            if (!report.written()) {
                throw new NothingWritten(report);
            }
            return report;
        }
    }

    /** An import that wrote nothing: its transaction rolls back, and its report is the answer. */
    static final class NothingWritten extends RuntimeException {

        private final transient ImportReport report;

        NothingWritten(ImportReport report) {
            super("the import wrote nothing", null, false, false);
            this.report = report;
        }

        ImportReport report() {
            return report;
        }
    }
}
