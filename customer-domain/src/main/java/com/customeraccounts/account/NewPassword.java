package com.customeraccounts.account;

import com.customeraccounts.customer.Customer;
import com.customeraccounts.customer.CustomerRepository;
import com.customeraccounts.password.PasswordHasher;
import java.time.Instant;

/**
 * Setting a customer's new password, whether changed or reset: not the email, strong enough, then hashed
 * and stored. An absent password is checked as the empty one, as Magento does.
 */
final class NewPassword {

    private final PasswordPolicy policy;
    private final PasswordHasher hasher;
    private final CustomerRepository customers;

    NewPassword(PasswordPolicy policy, PasswordHasher hasher, CustomerRepository customers) {
        this.policy = policy;
        this.hasher = hasher;
        this.customers = customers;
    }

    void set(Customer customer, String newPassword, Instant now) {
        String password = newPassword == null ? "" : newPassword;
        policy.checkNotSameAsEmail(password, customer.email().value());
        policy.checkStrength(password);
        customer.changePassword(hasher.hash(password), now);
        customers.update(customer);
    }
}
