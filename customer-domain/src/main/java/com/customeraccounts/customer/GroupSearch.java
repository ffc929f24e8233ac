package com.customeraccounts.customer;

import com.customeraccounts.customer.SearchRules.Order;
import com.customeraccounts.customer.SearchRules.Query;
import com.customeraccounts.customer.SearchRules.Term;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * {@code GET /V1/customerGroups/search}: the criteria, checked by the {@link SearchRules} customers share,
 * run over the few customer groups in memory as the database runs them for customers: text compares
 * ignoring case, sorting ends with the id, and a page past the last one is the last one.
 */
final class GroupSearch {

    private GroupSearch() {}

    record Page(List<CustomerGroup> items, long totalCount) {}

    static Page search(List<CustomerGroup> groups, SearchCriteria criteria) {
        Query<GroupSearchField> query = GroupSearchField.RULES.check(criteria);
        Predicate<CustomerGroup> matches = g -> true;
        for (List<Term<GroupSearchField>> filterGroup : query.filterGroups()) {
            Predicate<CustomerGroup> any = g -> false;
            for (Term<GroupSearchField> term : filterGroup) {
                any = any.or(g -> holds(term, value(g, term.field())));
            }
            matches = matches.and(any);
        }
        Comparator<CustomerGroup> order = (a, b) -> 0;
        for (Order<GroupSearchField> sort : query.sortOrders()) {
            Comparator<CustomerGroup> by = (a, b) -> compare(value(a, sort.field()), value(b, sort.field()));
            order = order.thenComparing(sort.ascending() ? by : by.reversed());
        }
        List<CustomerGroup> found = groups.stream()
                .filter(matches)
                .sorted(order.thenComparingInt(g -> g.id().value()))
                .toList();
        if (query.pageSize() == null) {
            return new Page(found, found.size());
        }
        int size = query.pageSize();
        int lastPage = Math.max(1, (found.size() + size - 1) / size);
        int from = (Math.min(query.currentPage(), lastPage) - 1) * size;
        return new Page(found.subList(from, Math.min(found.size(), from + size)), found.size());
    }

    /** The group's value of the field, as {@link SearchRules} reads a value for it: Long or String. */
    private static Object value(CustomerGroup group, GroupSearchField field) {
        return switch (field) {
            case ID -> (long) group.id().value();
            case CODE -> group.code();
            case TAX_CLASS_ID -> (long) group.taxClassId();
        };
    }

    private static boolean holds(Term<GroupSearchField> term, Object value) {
        return switch (term.condition()) {
            case EQ -> compare(value, term.value()) == 0;
            case NEQ -> compare(value, term.value()) != 0;
            case GT -> compare(value, term.value()) > 0;
            case GTEQ -> compare(value, term.value()) >= 0;
            case LT -> compare(value, term.value()) < 0;
            case LTEQ -> compare(value, term.value()) <= 0;
            case IN -> term.values().stream().anyMatch(v -> compare(value, v) == 0);
            case NIN -> term.values().stream().noneMatch(v -> compare(value, v) == 0);
            case LIKE -> LikePattern.matches(value.toString(), term.value().toString());
            case NLIKE -> !LikePattern.matches(value.toString(), term.value().toString());
            case FINSET -> inSet(value.toString(), term.value().toString());
            case NFINSET -> !inSet(value.toString(), term.value().toString());
            // no group's field is empty
            case NULL -> false;
            case NOTNULL -> true;
        };
    }

    /** Numbers by value, text ignoring case. */
    private static int compare(Object stored, Object wanted) {
        if (stored instanceof Long a && wanted instanceof Long b) {
            return Long.compare(a, b);
        }
        return stored.toString()
                .toLowerCase(Locale.ROOT)
                .compareTo(wanted.toString().toLowerCase(Locale.ROOT));
    }

    /** MySQL's {@code FIND_IN_SET(item, column)}, which never finds an item that holds a comma. */
    private static boolean inSet(String column, String item) {
        return item.indexOf(',') < 0 && List.of(column.split(",", -1)).stream().anyMatch(item::equalsIgnoreCase);
    }
}
