package com.customeraccounts.customer;

/** Finds customers by Magento's search criteria ({@code GET /V1/customers/search}). */
public interface CustomerSearch {

    /**
     * The matching customers, ordered and paged as asked (by id when no order is given; ties broken by id).
     *
     * @throws com.customeraccounts.error.InputException when a field cannot be searched, a condition type is
     *                                                   unknown, a value does not fit its field, or a page
     *                                                   number or size is negative; see
     *                                                   {@link SearchRules}
     */
    CustomerPage search(SearchCriteria criteria);
}
