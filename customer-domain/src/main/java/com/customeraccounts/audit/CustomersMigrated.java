package com.customeraccounts.audit;

import com.customeraccounts.customer.CustomerId;
import java.util.List;

/**
 * Customers came over from Magento (a CSV import, a pull or a delta), or were deleted by one, fired inside the
 * transaction that wrote them, once per batch written: a migration writes thousands of customers a second, so
 * they are announced together.
 */
public record CustomersMigrated(List<CustomerId> written, List<CustomerId> deleted) {

    public CustomersMigrated {
        written = List.copyOf(written);
        deleted = List.copyOf(deleted);
    }

    public boolean isEmpty() {
        return written.isEmpty() && deleted.isEmpty();
    }
}
