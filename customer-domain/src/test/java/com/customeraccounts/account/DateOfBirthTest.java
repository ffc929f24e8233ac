package com.customeraccounts.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.customeraccounts.error.InputException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateOfBirthTest {

    @Test
    void readsTheFormsMagentoReads() {
        assertThat(DateOfBirth.parse("1970-01-31")).contains(LocalDate.of(1970, 1, 31));
        assertThat(DateOfBirth.parse("1/31/1970")).contains(LocalDate.of(1970, 1, 31));
        assertThat(DateOfBirth.parse("2592000")).contains(LocalDate.of(1970, 1, 31));
        assertThat(DateOfBirth.parse("0000-01-01")).contains(LocalDate.of(0, 1, 1));
        assertThat(DateOfBirth.parse(" ")).isEmpty();
    }

    /** Found probing the create with the fuzz's far dates: on PostgreSQL, which stores none before 4713 BC, a 500. */
    @Test
    void refusesADateBeforeYearZeroAsAnInvalidDate() {
        for (String dob : List.of("-9999-01-01", "-0001-12-31", "-999999999999")) {
            assertThatThrownBy(() -> DateOfBirth.parse(dob))
                    .as(dob)
                    .isInstanceOf(InputException.class)
                    .hasMessage(DateOfBirth.INVALID);
        }
    }
}
