package com.customeraccounts.email;

import com.customeraccounts.customer.CustomerId;
import com.customeraccounts.customer.CustomerRepository;
import com.customeraccounts.error.NoSuchEntityException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Which emails a customer was sent, and how their delivery stands. */
@ApplicationScoped
public class EmailHistory {

    private CustomerRepository customers;
    private EmailDeliveries deliveries;

    protected EmailHistory() {}

    @Inject
    public EmailHistory(CustomerRepository customers, EmailDeliveries deliveries) {
        this.customers = customers;
        this.deliveries = deliveries;
    }

    /** @throws NoSuchEntityException when there is no such customer */
    @Transactional
    public List<EmailDelivery> of(long customerId) {
        if (customerId <= 0 || customers.find(new CustomerId(customerId)).isEmpty()) {
            throw NoSuchEntityException.singleField("customerId", customerId);
        }
        return deliveries.of(new CustomerId(customerId));
    }
}
