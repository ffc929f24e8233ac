package com.customeraccounts.account;

import com.customeraccounts.access.AccessTokens;
import com.customeraccounts.access.CustomerSignIn;
import com.customeraccounts.audit.AccountAudit;
import com.customeraccounts.audit.AuditEvent;
import com.customeraccounts.customer.Customer;
import com.customeraccounts.customer.CustomerId;
import com.customeraccounts.customer.CustomerLookup;
import com.customeraccounts.customer.CustomerRepository;
import com.customeraccounts.error.AuthenticationException;
import com.customeraccounts.error.Phrase;
import com.customeraccounts.password.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * {@code PUT /V1/customers/me/password}: Magento's {@code changePasswordById}. The current password must
 * match, and a wrong one counts toward the account lockout; the new one follows the strength rules; every
 * other token of the customer stops working.
 */
@ApplicationScoped
public class PasswordChange {

    static final String WRONG_PASSWORD = "The password doesn't match this account. Verify the password and try again.";
    static final String LOCKED = "The account is locked.";

    private CustomerRepository customers;
    private CustomerLookup lookup;
    private AccessTokens tokens;
    private NewPassword newPassword;
    private CustomerSignIn signIn;
    private Clock clock;

    private AccountAudit audit;

    protected PasswordChange() {}

    @Inject
    public PasswordChange(
            CustomerRepository customers,
            CustomerLookup lookup,
            AccessTokens tokens,
            PasswordPolicy policy,
            PasswordHasher hasher,
            CustomerSignIn signIn,
            Clock clock,
            AccountAudit audit) {
        this.customers = customers;
        this.lookup = lookup;
        this.tokens = tokens;
        this.newPassword = new NewPassword(policy, hasher, customers);
        this.signIn = signIn;
        this.clock = clock;
        this.audit = audit;
    }

    /** @param keptTokenHash the hash of the token this request came with, which keeps working */
    @Transactional
    public void change(CustomerId id, String currentPassword, String password, String keptTokenHash) {
        switch (signIn.checkPassword(id, currentPassword == null ? "" : currentPassword)) {
            case LOCKED -> throw new AuthenticationException(Phrase.of(LOCKED));
            case WRONG -> throw new AuthenticationException(Phrase.of(WRONG_PASSWORD));
            case MATCHES -> {
                // the change goes on
            }
        }
        Customer customer = lookup.customer(id);
        Instant now = clock.instant();
        newPassword.set(customer, password, now);
        tokens.revokeCustomerTokensExcept(id, keptTokenHash, now);
        audit.record(id, AuditEvent.PASSWORD_CHANGED);
    }
}
