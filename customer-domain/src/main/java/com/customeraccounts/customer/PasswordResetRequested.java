package com.customeraccounts.customer;

import com.customeraccounts.store.StoreId;

/**
 * A customer asked to reset (template {@code email_reset}) or be reminded of (template
 * {@code email_reminder}) its password; it carries the new reset token.
 */
public record PasswordResetRequested(CustomerId customerId, StoreId storeId, String template, SecretToken resetToken) {}
