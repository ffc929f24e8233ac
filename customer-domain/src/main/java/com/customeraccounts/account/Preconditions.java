package com.customeraccounts.account;

import com.customeraccounts.customer.Customer;
import com.customeraccounts.customer.CustomerId;
import com.customeraccounts.customer.CustomerRepository;
import com.customeraccounts.customer.Precondition;
import com.customeraccounts.error.ConflictException;
import com.customeraccounts.error.NoSuchEntityException;

/** The customer a change is made to, read as it is now and, under a precondition, locked and checked. */
final class Preconditions {

    private Preconditions() {}

    /**
     * @throws NoSuchEntityException when there is no such customer
     * @throws ConflictException {@link ConflictException.Kind#STALE} when the precondition does not hold
     */
    static Customer checked(CustomerRepository customers, CustomerId id, Precondition precondition) {
        if (precondition == Precondition.NONE) {
            return customers.find(id).orElseThrow(() -> NoSuchEntityException.singleField("customerId", id.value()));
        }
        Customer current = customers
                .findForUpdate(id)
                .orElseThrow(() -> NoSuchEntityException.singleField("customerId", id.value()));
        if (!precondition.holdsFor(current)) {
            throw ConflictException.stale();
        }
        return current;
    }
}
