package com.customeraccounts.customer;

import com.customeraccounts.error.InputException;
import com.customeraccounts.error.Parameters;
import com.customeraccounts.error.Phrase;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a customer search may ask for, and the criteria {@linkplain #check checked} into a typed
 * {@link Query} that a store can run without reading text again.
 * <ul>
 * <li>Fields are the customer's own columns under Magento's names; any other field is refused with
 * Magento's {@code Invalid attribute name: %1}.</li>
 * <li>Condition types are those of Magento's SQL condition builder. Magento quietly compares with
 * {@code =} when it does not know a type; this search refuses it instead, naming {@code condition_type}.</li>
 * <li>Values are read for their field: whole numbers for ids and numeric columns, {@code YYYY-MM-DD} with an
 * optional {@code HH:MM[:SS]} (UTC) for timestamps, {@code YYYY-MM-DD} for the date of birth. {@code like}
 * patterns stay text; {@code in} and {@code nin} split the value at commas.</li>
 * <li>Paging follows Magento's collections: a page size of 0 means all rows and a current page of 0 the
 * first; negative numbers are refused.</li>
 * </ul>
 */
public final class CustomerSearchRules {

    static final String INVALID_ATTRIBUTE = "Invalid attribute name: %1";
    static final String CONDITION_TYPE = "condition_type";

    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d{1,18}");
    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})(?:[ T](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?))?");

    private CustomerSearchRules() {
    }

    /** How a field's values are read and compared. */
    public enum Kind { NUMBER, TEXT, DATE, DATETIME }

    /** A searchable and sortable field, by Magento's attribute code. */
    public enum Field {
        ENTITY_ID("entity_id", Kind.NUMBER),
        ID("id", Kind.NUMBER),
        EMAIL("email", Kind.TEXT),
        PREFIX("prefix", Kind.TEXT),
        FIRSTNAME("firstname", Kind.TEXT),
        MIDDLENAME("middlename", Kind.TEXT),
        LASTNAME("lastname", Kind.TEXT),
        SUFFIX("suffix", Kind.TEXT),
        GROUP_ID("group_id", Kind.NUMBER),
        WEBSITE_ID("website_id", Kind.NUMBER),
        STORE_ID("store_id", Kind.NUMBER),
        CREATED_AT("created_at", Kind.DATETIME),
        UPDATED_AT("updated_at", Kind.DATETIME),
        CREATED_IN("created_in", Kind.TEXT),
        DOB("dob", Kind.DATE),
        GENDER("gender", Kind.NUMBER),
        TAXVAT("taxvat", Kind.TEXT),
        DEFAULT_BILLING("default_billing", Kind.NUMBER),
        DEFAULT_SHIPPING("default_shipping", Kind.NUMBER),
        DISABLE_AUTO_GROUP_CHANGE("disable_auto_group_change", Kind.NUMBER);

        private static final Map<String, Field> BY_CODE = Arrays.stream(values())
                .collect(Collectors.toUnmodifiableMap(Field::code, Function.identity()));

        private final String code;
        private final Kind kind;

        Field(String code, Kind kind) {
            this.code = code;
            this.kind = kind;
        }

        public String code() {
            return code;
        }

        public Kind kind() {
            return kind;
        }

        public static Optional<Field> of(String code) {
            return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
        }
    }

    /**
     * A comparison, after Magento's synonyms are resolved: {@code from}/{@code moreq} are {@link #GTEQ},
     * {@code to} is {@link #LTEQ}, {@code seq}/{@code sneq} are {@link #EQ}/{@link #NEQ} (or
     * {@link #NULL}/{@link #NOTNULL} for an empty value), {@code fulltext} is {@link #LIKE} on
     * {@code %value%}. {@link #FINSET}/{@link #NFINSET} (the value is / is not one of the comma-separated
     * items of the column) stay as such on text fields only; elsewhere they are {@link #EQ}/{@link #NEQ}.
     */
    public enum Condition { EQ, NEQ, LIKE, NLIKE, IN, NIN, GT, GTEQ, LT, LTEQ, NULL, NOTNULL, FINSET, NFINSET }

    /** A filter checked against its field: the condition and the value(s) read for the field's kind. */
    public record Term(Field field, Condition condition, List<Object> values) {

        public Term {
            values = List.copyOf(values);
        }

        /** The single value of a one-value condition. */
        public Object value() {
            return values.get(0);
        }
    }

    /** Sorting by a field. */
    public record Order(Field field, boolean ascending) {
    }

    /**
     * Checked criteria: every group must match, a group when any of its terms does (empty groups left out);
     * the orders apply in turn.
     *
     * @param pageSize    rows per page, or {@code null} for all of them
     * @param currentPage the 1-based page asked for, possibly past the last one
     */
    public record Query(List<List<Term>> filterGroups, List<Order> sortOrders, Integer pageSize, int currentPage) {

        public Query {
            filterGroups = filterGroups.stream().map(List::copyOf).toList();
            sortOrders = List.copyOf(sortOrders);
        }
    }

    /**
     * Checks the criteria and reads their values.
     *
     * @throws InputException for the first field, condition type, value or page number that does not fit
     */
    public static Query check(SearchCriteria criteria) {
        List<List<Term>> groups = new ArrayList<>();
        for (FilterGroup group : criteria.filterGroups()) {
            List<Term> terms = group.filters().stream().map(CustomerSearchRules::term).toList();
            if (!terms.isEmpty()) {
                groups.add(terms);
            }
        }
        List<Order> orders = new ArrayList<>();
        for (SortOrder sortOrder : criteria.sortOrders()) {
            // Magento's sorting processor passes over an order without a field
            if (sortOrder.field() != null) {
                orders.add(new Order(field(sortOrder.field()), sortOrder.ascending()));
            }
        }
        Integer pageSize = criteria.pageSize();
        if (pageSize != null && pageSize < 0) {
            throw InputException.invalidFieldValue("pageSize", pageSize);
        }
        Integer currentPage = criteria.currentPage();
        if (currentPage != null && currentPage < 0) {
            throw InputException.invalidFieldValue("currentPage", currentPage);
        }
        return new Query(groups, orders, pageSize == null || pageSize == 0 ? null : pageSize,
                currentPage == null || currentPage == 0 ? 1 : currentPage);
    }

    private static Field field(String code) {
        return Field.of(code).orElseThrow(() -> InputException.of(
                Phrase.of(INVALID_ATTRIBUTE, Parameters.positional(code == null ? "" : code))));
    }

    private static Term term(Filter filter) {
        Field field = field(filter.field());
        String type = filter.conditionType();
        String value = filter.value() == null ? "" : filter.value();
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "eq" -> single(field, Condition.EQ, value);
            case "neq" -> single(field, Condition.NEQ, value);
            case "seq" -> value.isEmpty() ? none(field, Condition.NULL) : single(field, Condition.EQ, value);
            case "sneq" -> value.isEmpty() ? none(field, Condition.NOTNULL) : single(field, Condition.NEQ, value);
            case "gt" -> single(field, Condition.GT, value);
            case "gteq", "from", "moreq" -> single(field, Condition.GTEQ, value);
            case "lt" -> single(field, Condition.LT, value);
            case "lteq", "to" -> single(field, Condition.LTEQ, value);
            case "like" -> new Term(field, Condition.LIKE, List.of(value));
            case "nlike" -> new Term(field, Condition.NLIKE, List.of(value));
            case "fulltext" -> new Term(field, Condition.LIKE, List.of("%" + value + "%"));
            case "in" -> list(field, Condition.IN, value);
            case "nin" -> list(field, Condition.NIN, value);
            case "null" -> none(field, Condition.NULL);
            case "notnull" -> none(field, Condition.NOTNULL);
            case "finset" -> field.kind() == Kind.TEXT ? new Term(field, Condition.FINSET, List.of(value))
                    : single(field, Condition.EQ, value);
            case "nfinset" -> field.kind() == Kind.TEXT ? new Term(field, Condition.NFINSET, List.of(value))
                    : single(field, Condition.NEQ, value);
            default -> throw InputException.invalidFieldValue(CONDITION_TYPE, type);
        };
    }

    private static Term single(Field field, Condition condition, String value) {
        return new Term(field, condition, List.of(read(field, value)));
    }

    private static Term none(Field field, Condition condition) {
        return new Term(field, condition, List.of());
    }

    /** Magento's {@code explode(',', $value)}: items are not trimmed, empty ones are kept. */
    private static Term list(Field field, Condition condition, String value) {
        return new Term(field, condition, Arrays.stream(value.split(",", -1)).map(v -> read(field, v)).toList());
    }

    /** A value as its field's type: Long, String, LocalDate or LocalDateTime. */
    static Object read(Field field, String value) {
        Object read = switch (field.kind()) {
            case TEXT -> value;
            case NUMBER -> NUMBER.matcher(value.strip()).matches() ? Long.valueOf(value.strip()) : null;
            case DATE -> dateTime(value.strip()).map(LocalDateTime::toLocalDate).orElse(null);
            case DATETIME -> dateTime(value.strip()).orElse(null);
        };
        if (read == null) {
            throw InputException.invalidFieldValue(field.code(), value);
        }
        return read;
    }

    private static Optional<LocalDateTime> dateTime(String value) {
        Matcher m = DATE_TIME.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.parse(m.group(1));
            LocalTime time = m.group(2) == null ? LocalTime.MIDNIGHT : LocalTime.parse(m.group(2));
            return Optional.of(date.atTime(time));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
