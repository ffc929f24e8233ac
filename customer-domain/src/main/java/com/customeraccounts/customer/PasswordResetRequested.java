package com.customeraccounts.customer;

/**
 * A customer asked to reset (template {@code email_reset}) or be reminded of (template
 * {@code email_reminder}) its password; it carries the new reset token.
 */
public record PasswordResetRequested(CustomerId customerId, int storeId, String template, SecretToken resetToken) {
}
