package com.customeraccounts.event;

import com.customeraccounts.customer.CustomerId;
import com.customeraccounts.customer.CustomerLookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** The account events sent out about a customer, for an admin: newest first, also after it was deleted. */
@ApplicationScoped
public class AccountEvents {

    private EventDeliveries deliveries;
    private CustomerLookup lookup;

    protected AccountEvents() {}

    @Inject
    public AccountEvents(EventDeliveries deliveries, CustomerLookup lookup) {
        this.deliveries = deliveries;
        this.lookup = lookup;
    }

    /** One page of deliveries and how many there are in all. */
    public record Page(List<EventDelivery> deliveries, long total) {}

    /**
     * @throws com.customeraccounts.error.NoSuchEntityException when there is neither such a customer nor any
     *     event about one
     */
    @Transactional
    public Page of(CustomerId customerId, int page, int pageSize) {
        long total = deliveries.count(customerId);
        if (total == 0) {
            lookup.customer(customerId);
        }
        return new Page(deliveries.of(customerId, page, pageSize), total);
    }
}
