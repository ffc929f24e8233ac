package com.customeraccounts.persistence.customer;

import com.customeraccounts.customer.SearchRules.SearchField;
import com.customeraccounts.customer.SearchRules.Term;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.List;

/**
 * Filters and sorting on a declared attribute's value, as MySQL compares Magento's EAV values: text without
 * regard to case (equality through the indexed search key first), a date as the {@code YYYY-MM-DD 00:00:00} it
 * is stored as, and a customer without a value matching only {@code null}.
 */
final class DeclaredValues {

    private static final char LIKE_ESCAPE = '\\';

    private DeclaredValues() {}

    static Predicate predicate(
            CriteriaBuilder cb, Join<CustomerEntity, CustomerAttributeValue> row, Term<SearchField> term) {
        Expression<String> value = row.get("value");
        Expression<String> lower = cb.lower(value);
        return switch (term.condition()) {
            case NULL -> value.isNull();
            case NOTNULL -> value.isNotNull();
            case EQ -> equal(cb, row, text(term.value()));
            case NEQ -> cb.not(equal(cb, row, text(term.value())));
            case GT -> cb.greaterThan(lower, lowered(cb, term.value()));
            case GTEQ -> cb.greaterThanOrEqualTo(lower, lowered(cb, term.value()));
            case LT -> cb.lessThan(lower, lowered(cb, term.value()));
            case LTEQ -> cb.lessThanOrEqualTo(lower, lowered(cb, term.value()));
            case IN -> anyOf(cb, row, term.values());
            case NIN -> cb.not(anyOf(cb, row, term.values()));
            case LIKE -> like(cb, lower, lowered(cb, term.value()), true);
            case NLIKE -> like(cb, lower, lowered(cb, term.value()), false);
            case FINSET -> inSet(cb, lower, text(term.value()));
            case NFINSET -> cb.not(inSet(cb, lower, text(term.value())));
        };
    }

    /** Customers without a value first when ascending, as MySQL sorts NULL. */
    static List<Order> orderBy(
            CriteriaBuilder cb, Join<CustomerEntity, CustomerAttributeValue> row, boolean ascending) {
        Expression<String> value = row.get("value");
        Expression<Integer> isNull =
                cb.<Integer>selectCase().when(value.isNull(), 0).otherwise(1);
        Expression<String> lower = cb.lower(value);
        return ascending ? List.of(cb.asc(isNull), cb.asc(lower)) : List.of(cb.desc(isNull), cb.desc(lower));
    }

    private static Predicate equal(CriteriaBuilder cb, Join<CustomerEntity, CustomerAttributeValue> row, String text) {
        return cb.and(
                cb.equal(row.get("searchKey"), CustomerAttributeValue.searchKey(text)),
                cb.equal(cb.lower(row.get("value")), cb.lower(cb.literal(text))));
    }

    private static Predicate anyOf(
            CriteriaBuilder cb, Join<CustomerEntity, CustomerAttributeValue> row, List<Object> items) {
        return cb.or(items.stream().map(item -> equal(cb, row, text(item))).toArray(Predicate[]::new));
    }

    /** A client's pattern goes to {@code SQL_LIKE}, never to the database's own {@code LIKE} (see the search). */
    private static Predicate like(
            CriteriaBuilder cb, Expression<String> text, Expression<String> pattern, boolean matching) {
        return cb.equal(cb.function("SQL_LIKE", Integer.class, text, pattern), matching ? 1 : 0);
    }

    private static Predicate inSet(CriteriaBuilder cb, Expression<String> lower, String item) {
        if (item.indexOf(',') >= 0) {
            return cb.disjunction();
        }
        String literal = item.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return cb.or(
                cb.equal(lower, cb.lower(cb.literal(item))),
                cb.like(lower, cb.lower(cb.literal(literal + ",%")), LIKE_ESCAPE),
                cb.like(lower, cb.lower(cb.literal("%," + literal)), LIKE_ESCAPE),
                cb.like(lower, cb.lower(cb.literal("%," + literal + ",%")), LIKE_ESCAPE));
    }

    private static Expression<String> lowered(CriteriaBuilder cb, Object value) {
        return cb.lower(cb.literal(text(value)));
    }

    /** A value as stored: a date is kept as Magento's datetime backend writes it. */
    private static String text(Object value) {
        return value instanceof LocalDate date ? date + " 00:00:00" : (String) value;
    }
}
