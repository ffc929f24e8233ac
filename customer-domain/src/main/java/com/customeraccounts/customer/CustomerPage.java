package com.customeraccounts.customer;

import java.util.List;

/** One page of a customer search, and how many customers matched in all pages together. */
public record CustomerPage(List<Customer> items, long totalCount) {

    public CustomerPage {
        items = List.copyOf(items);
    }
}
