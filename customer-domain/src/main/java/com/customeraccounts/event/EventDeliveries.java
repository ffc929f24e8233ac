package com.customeraccounts.event;

import com.customeraccounts.customer.CustomerId;
import java.util.List;

/** Where the account events sent out are kept, with their delivery. */
public interface EventDeliveries {

    /** A page (from 1) of the customer's events, one per endpoint, newest first; also after it is deleted. */
    List<EventDelivery> of(CustomerId customer, int page, int pageSize);

    long count(CustomerId customer);
}
