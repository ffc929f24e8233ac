package com.customeraccounts.migration;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Cell values as Magento's importer reads them: dates through PHP's {@code strtotime} (here the forms
 * exports and spreadsheets write: ISO dates and times with or without an offset, {@code m/d/Y},
 * {@code d.m.Y} and {@code d-m-Y}, read in UTC as Magento runs), integers, flags and the gender labels.
 */
final class ImportValues {

    private static final List<DateTimeFormatter> LOCAL_FORMS = List.of(
            pattern("uuuu-M-d[ H:mm[:ss]]"),
            pattern("uuuu/M/d[ H:mm[:ss]]"),
            pattern("M/d/uuuu[ H:mm[:ss]]"),
            pattern("d.M.uuuu[ H:mm[:ss]]"),
            pattern("d-M-uuuu[ H:mm[:ss]]"));
    private static final DateTimeFormatter ISO_LOCAL = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

    private ImportValues() {}

    private static DateTimeFormatter pattern(String pattern) {
        return new DateTimeFormatterBuilder()
                .appendPattern(pattern)
                .parseDefaulting(ChronoField.HOUR_OF_DAY, 0)
                .parseDefaulting(ChronoField.MINUTE_OF_HOUR, 0)
                .parseDefaulting(ChronoField.SECOND_OF_MINUTE, 0)
                .toFormatter(Locale.ROOT);
    }

    /**
     * A point in time as UTC wall-clock time, if {@code strtotime} would read the value into a year of four
     * digits, as Magento's MySQL {@code datetime} columns hold it: PostgreSQL stores none after 294276.
     */
    static Optional<LocalDateTime> dateTime(String value) {
        return read(value.trim()).filter(time -> time.getYear() >= 0 && time.getYear() <= 9999);
    }

    private static Optional<LocalDateTime> read(String v) {
        for (DateTimeFormatter form : LOCAL_FORMS) {
            try {
                return Optional.of(LocalDateTime.parse(v, form));
            } catch (DateTimeParseException notThisForm) {
                // next
            }
        }
        try {
            return Optional.of(OffsetDateTime.parse(v)
                    .withOffsetSameInstant(ZoneOffset.UTC)
                    .toLocalDateTime());
        } catch (DateTimeParseException notOffset) {
            // next
        }
        try {
            return Optional.of(LocalDateTime.parse(v, ISO_LOCAL));
        } catch (DateTimeParseException notIso) {
            return Optional.empty();
        }
    }

    static Optional<LocalDate> date(String value) {
        return dateTime(value).map(LocalDateTime::toLocalDate);
    }

    /** An integer as PHP's {@code is_numeric} and {@code (int)} agree on it. */
    static OptionalInt integer(String value) {
        String v = value.trim();
        if (!v.matches("[+-]?\\d{1,9}")) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(v));
    }

    /** A positive id (a {@code BIGINT} column), or 0 when the cell is not one. */
    static long id(String value) {
        String v = value.trim();
        return v.matches("\\+?\\d{1,18}") ? Long.parseLong(v.replace("+", "")) : 0;
    }

    /** A flag cell: {@code 1}, {@code yes} or {@code true} (Magento's boolean labels) is on. */
    static OptionalInt flag(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "1", "yes", "true" -> OptionalInt.of(1);
            case "0", "no", "false" -> OptionalInt.of(0);
            default -> OptionalInt.empty();
        };
    }

    /**
     * Magento's gender options by label ({@code Male}, {@code Female}, {@code Not Specified}, in any case) or
     * option id; anything else is no gender, as Magento's importer reads an unknown label.
     */
    static Integer gender(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "male", "1" -> 1;
            case "female", "2" -> 2;
            case "not specified", "3" -> 3;
            default -> null;
        };
    }
}
