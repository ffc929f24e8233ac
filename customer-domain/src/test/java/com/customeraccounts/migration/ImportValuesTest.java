package com.customeraccounts.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ImportValuesTest {

    @Test
    void readsDatesAndTimesAsStrtotimeDoes() {
        assertThat(ImportValues.dateTime("2024-03-01 10:20:30")).contains(LocalDateTime.of(2024, 3, 1, 10, 20, 30));
        assertThat(ImportValues.dateTime("3/1/2024")).contains(LocalDateTime.of(2024, 3, 1, 0, 0));
        assertThat(ImportValues.dateTime("2024-03-01T10:20:30+02:00"))
                .contains(LocalDateTime.of(2024, 3, 1, 8, 20, 30));
        assertThat(ImportValues.dateTime("yesterday")).isEmpty();
    }

    /** Found probing the import with the fuzz's far dates: PostgreSQL refused the row, and the import was a 500. */
    @Test
    void readsNoTimeOutsideAFourDigitYear() {
        assertThat(ImportValues.dateTime("+300000-01-01T00:00:00")).isEmpty();
        assertThat(ImportValues.dateTime("+10000-01-01T00:00:00")).isEmpty();
        assertThat(ImportValues.dateTime("-5000-01-01T00:00:00")).isEmpty();
        assertThat(ImportValues.dateTime("9999-12-31 23:59:59")).contains(LocalDateTime.of(9999, 12, 31, 23, 59, 59));
    }
}
