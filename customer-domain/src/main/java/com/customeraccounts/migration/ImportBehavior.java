package com.customeraccounts.migration;

import java.util.Arrays;
import java.util.Optional;

/**
 * Magento's import behaviours. {@code custom} reads each row's {@code _action}: {@code delete} deletes, any
 * other value adds or updates. {@code append} and {@code replace} are the composite file's: both add or
 * update the customers, and {@code replace} also replaces each customer's addresses by the file's.
 */
public enum ImportBehavior {
    ADD_UPDATE("add_update"),
    DELETE("delete"),
    CUSTOM("custom"),
    APPEND("append"),
    REPLACE("replace");

    private final String code;

    ImportBehavior(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ImportBehavior> ofCode(String code) {
        return Arrays.stream(values()).filter(b -> b.code.equals(code)).findFirst();
    }
}
