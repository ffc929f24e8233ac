package com.customeraccounts.web.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void aRefusedConnectionDeepInsideThePoolsAndJpasWrappersIsTheDatabaseUnavailable() {
        Throwable refused = new IllegalStateException(
                "Cannot read the stored settings",
                new SQLException(
                        "Error in allocating a connection",
                        new IllegalStateException(new SQLException("Connection to localhost:5432 refused.", "08001"))));
        assertThat(DatabaseUnavailable.causes(refused)).isTrue();
        assertThat(DatabaseUnavailable.causes(new RuntimeException(new SQLTransientConnectionException("pool"))))
                .isTrue();
        assertThat(DatabaseUnavailable.causes(
                        new RuntimeException(new SQLException("The connection attempt failed.", "08001"))))
                .isTrue();
    }

    @Test
    void aServerShuttingDownIsTheDatabaseUnavailable() {
        assertThat(DatabaseUnavailable.causes(new RuntimeException(
                        new SQLException("FATAL: terminating connection due to administrator command", "57P01"))))
                .isTrue();
    }

    @Test
    void otherDatabaseErrorsAndOtherFailuresAreNot() {
        assertThat(DatabaseUnavailable.causes(
                        new RuntimeException(new SQLIntegrityConstraintViolationException("duplicate", "23505"))))
                .isFalse();
        assertThat(DatabaseUnavailable.causes(new RuntimeException(new SQLException("canceled", "57014"))))
                .isFalse();
        assertThat(DatabaseUnavailable.causes(new NullPointerException())).isFalse();
        assertThat(DatabaseUnavailable.causes(new IllegalStateException(new ConnectException("SMTP refused"))))
                .isFalse();
        assertThat(DatabaseUnavailable.causes(null)).isFalse();
    }
}
