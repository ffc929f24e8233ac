package com.customeraccounts.customer;

import com.customeraccounts.error.InputException;
import com.customeraccounts.error.Parameters;
import com.customeraccounts.error.Phrase;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * {@code GET /V1/customerGroups/search}: Magento's search criteria over the few customer groups, in memory.
 * Fields {@code id}, {@code code}, {@code tax_class_id}; conditions eq, neq, like, nlike, in, nin, gt, gteq,
 * lt, lteq, from, to, null, notnull.
 */
final class GroupSearch {

    private GroupSearch() {
    }

    record Page(List<CustomerGroup> items, long totalCount) {
    }

    static Page search(List<CustomerGroup> groups, SearchCriteria criteria) {
        Predicate<CustomerGroup> matches = g -> true;
        for (FilterGroup filterGroup : criteria.filterGroups()) {
            Predicate<CustomerGroup> any = g -> false;
            for (Filter filter : filterGroup.filters()) {
                any = any.or(condition(filter));
            }
            matches = matches.and(any);
        }
        Comparator<CustomerGroup> byId = Comparator.comparingInt(g -> g.id().value());
        Comparator<CustomerGroup> order = null;
        for (SortOrder sort : criteria.sortOrders()) {
            Comparator<CustomerGroup> by = comparator(sort.field());
            by = sort.ascending() ? by : by.reversed();
            order = order == null ? by : order.thenComparing(by);
        }
        order = order == null ? byId : order.thenComparing(byId);
        List<CustomerGroup> found = groups.stream().filter(matches).sorted(order).toList();
        int size = criteria.pageSize() == null || criteria.pageSize() == 0 ? found.size() : criteria.pageSize();
        int page = criteria.currentPage() == null || criteria.currentPage() < 1 ? 1 : criteria.currentPage();
        int from = Math.min(found.size(), (page - 1) * Math.max(size, 1));
        return new Page(found.subList(from, Math.min(found.size(), from + size)), found.size());
    }

    private static Predicate<CustomerGroup> condition(Filter filter) {
        Function<CustomerGroup, String> field = field(filter.field());
        String value = filter.value() == null ? "" : filter.value();
        List<String> values = Arrays.stream(value.split(",")).map(String::trim).toList();
        return switch (filter.conditionType().toLowerCase(Locale.ROOT)) {
            case "eq" -> g -> field.apply(g).equalsIgnoreCase(value);
            case "neq" -> g -> !field.apply(g).equalsIgnoreCase(value);
            case "like" -> g -> LikePattern.matches(field.apply(g), value);
            case "nlike" -> g -> !LikePattern.matches(field.apply(g), value);
            case "in" -> g -> values.stream().anyMatch(field.apply(g)::equalsIgnoreCase);
            case "nin" -> g -> values.stream().noneMatch(field.apply(g)::equalsIgnoreCase);
            case "gt" -> g -> compare(field.apply(g), value) > 0;
            case "gteq", "from" -> g -> compare(field.apply(g), value) >= 0;
            case "lt" -> g -> compare(field.apply(g), value) < 0;
            case "lteq", "to" -> g -> compare(field.apply(g), value) <= 0;
            case "null" -> g -> false;
            case "notnull" -> g -> true;
            default -> throw InputException.invalidFieldValue("condition_type", filter.conditionType());
        };
    }

    private static Function<CustomerGroup, String> field(String name) {
        return switch (name) {
            case "id", "customer_group_id" -> g -> Integer.toString(g.id().value());
            case "code", "customer_group_code" -> CustomerGroup::code;
            case "tax_class_id" -> g -> Integer.toString(g.taxClassId());
            default -> throw InputException.of(Phrase.of("Invalid attribute name: %1", Parameters.positional(name)));
        };
    }

    private static Comparator<CustomerGroup> comparator(String field) {
        return switch (field) {
            case "code", "customer_group_code" -> Comparator.comparing(g -> g.code().toLowerCase(Locale.ROOT));
            case "tax_class_id" -> Comparator.comparingInt(CustomerGroup::taxClassId);
            case "id", "customer_group_id" -> Comparator.comparingInt(g -> g.id().value());
            default -> throw InputException.of(Phrase.of("Invalid attribute name: %1", Parameters.positional(field)));
        };
    }

    private static int compare(String stored, String wanted) {
        try {
            return Long.compare(Long.parseLong(stored), Long.parseLong(wanted.trim()));
        } catch (NumberFormatException text) {
            return stored.compareToIgnoreCase(wanted);
        }
    }
}
