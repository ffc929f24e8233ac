package com.customeraccounts.audit;

import com.customeraccounts.customer.CustomerId;
import com.customeraccounts.customer.CustomerLookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** An account's history for an admin, newest first, also after the customer was deleted. */
@ApplicationScoped
public class AccountHistory {

    private AuditLog log;
    private CustomerLookup lookup;

    protected AccountHistory() {}

    @Inject
    public AccountHistory(AuditLog log, CustomerLookup lookup) {
        this.log = log;
        this.lookup = lookup;
    }

    /** One page of entries and how many there are in all. */
    public record Page(List<AuditEntry> entries, long total) {}

    /**
     * @throws com.customeraccounts.error.NoSuchEntityException when there is neither such a customer nor any
     *     history of one
     */
    @Transactional
    public Page of(CustomerId customerId, int page, int pageSize) {
        long total = log.count(customerId);
        if (total == 0) {
            lookup.customer(customerId);
        }
        return new Page(log.page(customerId, page, pageSize), total);
    }
}
