package com.customeraccounts.customer;

import com.customeraccounts.store.StoreId;

/** A customer confirmed its account; the welcome email's "set a new password" link uses {@code resetToken}. */
public record CustomerConfirmed(CustomerId customerId, StoreId storeId, SecretToken resetToken) {}
