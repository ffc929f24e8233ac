package com.customeraccounts.account;

import com.customeraccounts.access.TokenRequestThrottle;
import com.customeraccounts.access.TokenUser;
import com.customeraccounts.audit.AccountAudit;
import com.customeraccounts.audit.AuditEvent;
import com.customeraccounts.customer.Customer;
import com.customeraccounts.customer.CustomerId;
import com.customeraccounts.customer.CustomerLookup;
import com.customeraccounts.customer.CustomerRepository;
import com.customeraccounts.customer.CustomerSnapshot;
import com.customeraccounts.error.NoSuchEntityException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * For support staff: how a customer's sign-in stands (the failed sign-ins Magento's lockout counts, and the
 * token throttle for the customer's email), and Magento's admin "Unlock", which here clears both.
 */
@ApplicationScoped
public class AccountLock {

    private CustomerRepository customers;
    private CustomerLookup lookup;
    private TokenRequestThrottle throttle;
    private Clock clock;

    private AccountAudit audit;

    protected AccountLock() {}

    @Inject
    public AccountLock(
            CustomerRepository customers,
            CustomerLookup lookup,
            TokenRequestThrottle throttle,
            Clock clock,
            AccountAudit audit) {
        this.customers = customers;
        this.lookup = lookup;
        this.throttle = throttle;
        this.clock = clock;
        this.audit = audit;
    }

    /** The lockout's counts and the token throttle's, as they stand now. */
    public record Status(
            int failures,
            Optional<Instant> firstFailure,
            Optional<Instant> lockedUntil,
            TokenRequestThrottle.Status tokenThrottle) {}

    @Transactional
    public Status status(CustomerId id) {
        Customer customer = lookup.customer(id);
        CustomerSnapshot.Lockout lockout = customer.snapshot().lockout();
        Instant now = clock.instant();
        return new Status(
                lockout.failures(),
                Optional.ofNullable(lockout.firstFailure()),
                customer.isLocked(now) ? Optional.of(lockout.lockExpires()) : Optional.empty(),
                throttle.status(TokenUser.customer(customer.email().value())));
    }

    /** Clears the failed sign-ins and the lock they made, and the token throttle's count for the email. */
    @Transactional
    public void unlock(CustomerId id) {
        Customer customer = customers
                .findForUpdate(id)
                .orElseThrow(() -> NoSuchEntityException.singleField("customerId", id.value()));
        if (customer.hasFailedSignIns()) {
            customer.recordSuccessfulSignIn();
            customers.update(customer);
        }
        throttle.succeeded(TokenUser.customer(customer.email().value()));
        audit.record(id, AuditEvent.UNLOCKED);
    }
}
