package com.customeraccounts.migration.pull;

import com.customeraccounts.error.InputException;
import java.util.Locale;

/** {@code full} reads every Magento customer; {@code delta} only those changed since the last run. */
public enum MigrationMode {
    FULL,
    DELTA;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws InputException with Magento's invalid-value message for anything but {@code full} or {@code delta} */
    public static MigrationMode parse(String code) {
        for (MigrationMode mode : values()) {
            if (mode.code().equals(code)) {
                return mode;
            }
        }
        throw InputException.invalidFieldValue("mode", code);
    }
}
