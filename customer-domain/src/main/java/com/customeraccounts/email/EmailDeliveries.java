package com.customeraccounts.email;

import com.customeraccounts.customer.CustomerId;
import java.util.List;

/** The emails queued for a customer, oldest first. */
public interface EmailDeliveries {

    List<EmailDelivery> of(CustomerId customer);
}
