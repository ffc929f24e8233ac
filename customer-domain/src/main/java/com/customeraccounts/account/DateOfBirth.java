package com.customeraccounts.account;

import com.customeraccounts.error.InputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Reads a date of birth as leniently as Magento's datetime backend, and applies its Dob validator. */
final class DateOfBirth {

    static final String INVALID = "Invalid date";
    static final String IN_FUTURE = "The Date of Birth should not be greater than today.";

    private static final Pattern DIGITS = Pattern.compile("-?\\d{1,12}");
    private static final List<Function<String, LocalDate>> FORMATS = List.of(
            LocalDate::parse,
            s -> LocalDateTime.parse(s, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"))
                    .toLocalDate(),
            s -> LocalDateTime.parse(s).toLocalDate(),
            s -> OffsetDateTime.parse(s).toLocalDate(),
            s -> LocalDate.parse(s, DateTimeFormatter.ofPattern("M/d/yyyy")));

    private DateOfBirth() {}

    /**
     * @throws InputException {@code Invalid date} when it cannot be read, or falls before year 0: Magento reads and
     *                        writes a date of birth with a four-digit year, and PostgreSQL stores no date before
     *                        4713 BC
     */
    static Optional<LocalDate> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        LocalDate date = read(value.trim());
        if (date.getYear() < 0) {
            throw InputException.of(INVALID);
        }
        return Optional.of(date);
    }

    private static LocalDate read(String text) {
        if (DIGITS.matcher(text).matches()) {
            return Instant.ofEpochSecond(Long.parseLong(text))
                    .atOffset(ZoneOffset.UTC)
                    .toLocalDate();
        }
        for (Function<String, LocalDate> format : FORMATS) {
            try {
                return format.apply(text);
            } catch (DateTimeParseException notThisFormat) {
                // try the next one
            }
        }
        throw InputException.of(INVALID);
    }

    /** Magento compares the start of that day, in the store's time zone, with now. */
    static boolean isInFuture(LocalDate dob, ZoneId storeZone, Instant now) {
        return dob.atStartOfDay(storeZone).toInstant().isAfter(now);
    }
}
