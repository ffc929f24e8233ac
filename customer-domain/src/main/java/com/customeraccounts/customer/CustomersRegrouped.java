package com.customeraccounts.customer;

import java.util.List;

/**
 * A customer group was deleted and its customers moved to {@code group} (Magento's default group), fired inside
 * the transaction that moved them: each is a change of its account, in its history and its events.
 */
public record CustomersRegrouped(List<CustomerId> customerIds, GroupId group) {

    public CustomersRegrouped {
        customerIds = List.copyOf(customerIds);
    }
}
