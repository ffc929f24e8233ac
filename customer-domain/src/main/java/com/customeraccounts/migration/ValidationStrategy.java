package com.customeraccounts.migration;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a bad row does to an import: with {@code validation-stop-on-errors} any bad row means nothing is
 * written; with {@code validation-skip-errors} bad rows are skipped and the good ones written, as long as
 * there are no more errors than {@code allowed_error_count}.
 */
public enum ValidationStrategy {
    STOP_ON_ERRORS("validation-stop-on-errors"),
    SKIP_ERRORS("validation-skip-errors");

    private final String code;

    ValidationStrategy(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ValidationStrategy> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
