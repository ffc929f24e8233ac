package com.customeraccounts.audit;

import com.customeraccounts.customer.CustomerId;
import java.util.List;

/**
 * Customers came over from Magento (a CSV import, a pull or a delta), fired inside the transaction that wrote
 * them, once per batch written: a migration writes thousands of customers a second, so they are announced
 * together.
 */
public record CustomersMigrated(List<CustomerId> customerIds) {

    public CustomersMigrated {
        customerIds = List.copyOf(customerIds);
    }
}
