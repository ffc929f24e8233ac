package com.customeraccounts.migration.pull;

/** Reading Magento or writing here failed; the message is fit for the run's report (no credential in it). */
public class MigrationFailure extends RuntimeException {

    public MigrationFailure(String message, Throwable cause) {
        super(message, cause);
    }

    public MigrationFailure(String message) {
        super(message);
    }
}
