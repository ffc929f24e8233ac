package com.customeraccounts.customer;

import java.util.List;

/**
 * Magento's {@code SearchCriteriaInterface} as the caller sent it: filter groups that must all match, each
 * matching when any of its filters does; sort orders applied in turn; and an optional page.
 *
 * @param pageSize    rows per page; absent (or 0, as in Magento's collections) for all rows
 * @param currentPage the 1-based page; absent (or 0) for the first. A page past the last one yields the last
 *                    one, as Magento's collections do
 */
public record SearchCriteria(
        List<FilterGroup> filterGroups, List<SortOrder> sortOrders, Integer pageSize, Integer currentPage) {

    public SearchCriteria {
        filterGroups = filterGroups == null ? List.of() : List.copyOf(filterGroups);
        sortOrders = sortOrders == null ? List.of() : List.copyOf(sortOrders);
    }

    /** No filter, no order, no page: every customer. */
    public static SearchCriteria everything() {
        return new SearchCriteria(List.of(), List.of(), null, null);
    }
}
