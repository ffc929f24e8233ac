package com.customeraccounts.customer;

import java.util.List;

/** Filters of which any one must match; a search's groups must all match. An empty group matches all. */
public record FilterGroup(List<Filter> filters) {

    public FilterGroup {
        filters = filters == null ? List.of() : List.copyOf(filters);
    }

    public static FilterGroup anyOf(Filter... filters) {
        return new FilterGroup(List.of(filters));
    }
}
