package com.customeraccounts.customer;

/**
 * What a change asks of the customer as it is when the change is made, e.g. that it is still as the caller
 * last read it ({@code If-Match}). Checked on the customer locked for the change, so that no other change
 * comes between the check and the write.
 */
@FunctionalInterface
public interface Precondition {

    /** No condition: the change is made whatever the customer is now, as in Magento. */
    Precondition NONE = current -> true;

    boolean holdsFor(Customer current);
}
