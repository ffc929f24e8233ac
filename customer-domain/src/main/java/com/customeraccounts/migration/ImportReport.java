package com.customeraccounts.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What an import answers, in Magento's words: {@code Entities Processed: N} when it wrote, Magento's
 * {@code Maximum error count has been reached or system error is occurred!} when it wrote nothing. Unlike
 * Magento, whose {@code StartImport} loses them, every error follows, one line each with its row and
 * column, then Magento's summary line.
 */
public final class ImportReport {

    static final String EMPTY = "This file is empty. Please try another one.";
    static final String NOT_WRITTEN = "Maximum error count has been reached or system error is occurred!";
    static final String VALIDATION_FAILED =
            "Data validation failed. Please fix the following errors and upload the file again.";

    private final boolean written;
    private final int checkedRows;
    private final int checkedEntities;
    private final ImportErrors errors;

    ImportReport(boolean written, int checkedRows, int checkedEntities, ImportErrors errors) {
        this.written = written;
        this.checkedRows = checkedRows;
        this.checkedEntities = checkedEntities;
        this.errors = errors;
    }

    static ImportReport empty() {
        return new ImportReport(false, 0, 0, new ImportErrors());
    }

    /** Whether the good rows were written (all of them, or those that passed under skip-errors). */
    public boolean written() {
        return written;
    }

    public int checkedRows() {
        return checkedRows;
    }

    public int checkedEntities() {
        return checkedEntities;
    }

    public int errorCount() {
        return errors.count();
    }

    public void forEachMessage(Consumer<String> message) {
        if (checkedRows == 0 && errors.count() == 0) {
            message.accept(EMPTY);
            return;
        }
        if (written) {
            message.accept("Entities Processed: " + checkedEntities);
            if (errors.count() == 0) {
                return;
            }
        } else {
            message.accept(NOT_WRITTEN);
            message.accept(VALIDATION_FAILED);
        }
        errors.forEachLine(message);
        message.accept("Checked rows: " + checkedRows + ", checked entities: " + checkedEntities + ", invalid rows: "
                + errors.invalidRows() + ", total errors: " + errors.count());
    }

    public List<String> messages() {
        List<String> all = new ArrayList<>();
        forEachMessage(all::add);
        return all;
    }
}
