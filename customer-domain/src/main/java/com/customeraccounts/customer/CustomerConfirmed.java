package com.customeraccounts.customer;

/** A customer confirmed its account; the welcome email's "set a new password" link uses {@code resetToken}. */
public record CustomerConfirmed(CustomerId customerId, int storeId, SecretToken resetToken) {
}
