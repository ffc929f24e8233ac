package com.customeraccounts.customer;

/** A customer set a new password with the token of a reset email. */
public record PasswordResetCompleted(CustomerId customerId) {}
