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
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a search of customers or of customer groups may ask for, and the criteria {@linkplain #check checked}
 * into a typed {@link Query} that a store can run without reading text again. Both go through these rules, as
 * both go through Magento's one {@code CollectionProcessor}; only the fields differ (see
 * {@link CustomerSearchField} and {@link GroupSearchField}).
 * <ul>
 * <li>Fields are the entity's own columns under Magento's names (and a customer's declared attributes); any
 * other field is refused with Magento's {@code Invalid attribute name: %1}.</li>
 * <li>Condition types are those of Magento's SQL condition builder. Magento quietly compares with
 * {@code =} when it does not know a type; this search refuses it instead, naming {@code condition_type}.</li>
 * <li>Values are read for their field: whole numbers for ids and numeric columns, {@code YYYY-MM-DD} with an
 * optional {@code HH:MM[:SS]} (UTC) for timestamps, {@code YYYY-MM-DD} for a date. {@code like}
 * patterns stay text; {@code in} and {@code nin} split the value at commas.</li>
 * <li>Paging follows Magento's collections: a page size of 0 means all rows and a current page of 0 the
 * first; negative numbers are refused.</li>
 * </ul>
 *
 * @param <F> the entity's searchable fields
 */
public final class SearchRules<F extends SearchRules.SearchField> {

    static final String INVALID_ATTRIBUTE = "Invalid attribute name: %1";
    static final String CONDITION_TYPE = "condition_type";

    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d{1,18}");
    private static final Pattern DATE_TIME =
            Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[ T](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?))?");

    private final Map<String, F> fields = new HashMap<>();

    /** The rules for these fields. */
    public SearchRules(Collection<? extends F> fields) {
        for (F field : fields) {
            this.fields.put(field.code(), field);
            field.definition().synonyms().forEach(synonym -> this.fields.put(synonym, field));
        }
    }

    /** The field a search names with this code. */
    public Optional<F> field(String code) {
        return Optional.ofNullable(code == null ? null : fields.get(code));
    }

    /** How a field's values are read and compared. */
    public enum Kind {
        NUMBER,
        TEXT,
        DATE,
        DATETIME
    }

    /** A searchable and sortable field of an entity. */
    public interface SearchField {

        Definition definition();

        /** Magento's attribute code. */
        default String code() {
            return definition().code();
        }

        default Kind kind() {
            return definition().kind();
        }
    }

    /** A field's attribute code, the kind of its values, and other codes Magento maps to it. */
    public record Definition(String code, Kind kind, List<String> synonyms) {

        public Definition {
            synonyms = List.copyOf(synonyms);
        }
    }

    /**
     * A comparison, after Magento's synonyms are resolved: {@code from}/{@code moreq} are {@link #GTEQ},
     * {@code to} is {@link #LTEQ}, {@code seq}/{@code sneq} are {@link #EQ}/{@link #NEQ} (or
     * {@link #NULL}/{@link #NOTNULL} for an empty value), {@code fulltext} is {@link #LIKE} on
     * {@code %value%}. {@link #FINSET}/{@link #NFINSET} (the value is / is not one of the comma-separated
     * items of the column) stay as such on text fields only; elsewhere they are {@link #EQ}/{@link #NEQ}.
     */
    public enum Condition {
        EQ,
        NEQ,
        LIKE,
        NLIKE,
        IN,
        NIN,
        GT,
        GTEQ,
        LT,
        LTEQ,
        NULL,
        NOTNULL,
        FINSET,
        NFINSET
    }

    /** A filter checked against its field: the condition and the value(s) read for the field's kind. */
    public record Term<F>(F field, Condition condition, List<Object> values) {

        public Term {
            values = List.copyOf(values);
        }

        /** The single value of a one-value condition. */
        public Object value() {
            return values.get(0);
        }
    }

    /** Sorting by a field. */
    public record Order<F>(F field, boolean ascending) {}

    /**
     * Checked criteria: every group must match, a group when any of its terms does (empty groups left out);
     * the orders apply in turn.
     *
     * @param pageSize    rows per page, or {@code null} for all of them
     * @param currentPage the 1-based page asked for, possibly past the last one
     */
    public record Query<F>(
            List<List<Term<F>>> filterGroups, List<Order<F>> sortOrders, Integer pageSize, int currentPage) {

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
    public Query<F> check(SearchCriteria criteria) {
        List<List<Term<F>>> groups = new ArrayList<>();
        for (FilterGroup group : criteria.filterGroups()) {
            List<Term<F>> terms = group.filters().stream().map(this::term).toList();
            if (!terms.isEmpty()) {
                groups.add(terms);
            }
        }
        List<Order<F>> orders = new ArrayList<>();
        for (SortOrder sortOrder : criteria.sortOrders()) {
            // Magento's sorting processor passes over an order without a field
            if (sortOrder.field() != null) {
                orders.add(new Order<>(known(sortOrder.field()), sortOrder.ascending()));
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
        return new Query<>(
                groups,
                orders,
                pageSize == null || pageSize == 0 ? null : pageSize,
                currentPage == null || currentPage == 0 ? 1 : currentPage);
    }

    private F known(String code) {
        return field(code)
                .orElseThrow(() -> InputException.of(
                        Phrase.of(INVALID_ATTRIBUTE, Parameters.positional(code == null ? "" : code))));
    }

    private Term<F> term(Filter filter) {
        F field = known(filter.field());
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
            case "like" -> new Term<>(field, Condition.LIKE, List.of(value));
            case "nlike" -> new Term<>(field, Condition.NLIKE, List.of(value));
            case "fulltext" -> new Term<>(field, Condition.LIKE, List.of("%" + value + "%"));
            case "in" -> list(field, Condition.IN, value);
            case "nin" -> list(field, Condition.NIN, value);
            case "null" -> none(field, Condition.NULL);
            case "notnull" -> none(field, Condition.NOTNULL);
            case "finset" ->
                field.kind() == Kind.TEXT
                        ? new Term<>(field, Condition.FINSET, List.of(value))
                        : single(field, Condition.EQ, value);
            case "nfinset" ->
                field.kind() == Kind.TEXT
                        ? new Term<>(field, Condition.NFINSET, List.of(value))
                        : single(field, Condition.NEQ, value);
            default -> throw InputException.invalidFieldValue(CONDITION_TYPE, type);
        };
    }

    private Term<F> single(F field, Condition condition, String value) {
        return new Term<>(field, condition, List.of(read(field, value)));
    }

    private Term<F> none(F field, Condition condition) {
        return new Term<>(field, condition, List.of());
    }

    /** Magento's {@code explode(',', $value)}: items are not trimmed, empty ones are kept. */
    private Term<F> list(F field, Condition condition, String value) {
        return new Term<>(
                field,
                condition,
                Arrays.stream(value.split(",", -1)).map(v -> read(field, v)).toList());
    }

    /** A value as its field's type: Long, String, LocalDate or LocalDateTime. */
    static Object read(SearchField field, String value) {
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
