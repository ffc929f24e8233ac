package com.customeraccounts.migration.pull;

import java.util.Locale;

public enum RunStatus {
    RUNNING,
    COMPLETED,
    FAILED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RunStatus ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
