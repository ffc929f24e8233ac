package com.customeraccounts.migration.pull;

import java.util.Locale;

/** The phases of a run, in order. A resumed run starts again at its phase, from its checkpoint. */
public enum MigrationPhase {
    GROUPS,
    CUSTOMERS,
    DELETIONS,
    SEQUENCES,
    DONE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MigrationPhase ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
