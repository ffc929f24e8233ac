package com.customeraccounts.account;

import com.customeraccounts.audit.AccountAudit;
import com.customeraccounts.audit.AuditEvent;
import com.customeraccounts.config.ConfigPath;
import com.customeraccounts.config.StoreConfig;
import com.customeraccounts.customer.ConfirmationRequested;
import com.customeraccounts.customer.Customer;
import com.customeraccounts.customer.CustomerConfirmed;
import com.customeraccounts.customer.CustomerId;
import com.customeraccounts.customer.CustomerLookup;
import com.customeraccounts.customer.CustomerRepository;
import com.customeraccounts.customer.SecretToken;
import com.customeraccounts.error.InputException;
import com.customeraccounts.error.NoSuchEntityException;
import com.customeraccounts.store.Stores;
import com.customeraccounts.store.Website;
import com.customeraccounts.store.WebsiteId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * Email confirmation: the status, activation with the key from the email (by an admin, by the customer
 * itself, or through the link in the email), and sending the email again with a new key.
 */
@ApplicationScoped
public class AccountConfirmation {

    public static final String CONFIRMED = "account_confirmed";
    public static final String REQUIRED = "account_confirmation_required";
    public static final String NOT_REQUIRED = "account_confirmation_not_required";
    static final String NOT_NEEDED = "Confirmation isn't needed.";

    private CustomerRepository customers;
    private CustomerLookup lookup;
    private StoreConfig config;
    private Stores stores;
    private Clock clock;
    private Event<CustomerConfirmed> confirmed;
    private Event<ConfirmationRequested> requested;

    private AccountAudit audit;

    protected AccountConfirmation() {}

    @Inject
    public AccountConfirmation(
            CustomerRepository customers,
            CustomerLookup lookup,
            StoreConfig config,
            Stores stores,
            Clock clock,
            Event<CustomerConfirmed> confirmed,
            Event<ConfirmationRequested> requested,
            AccountAudit audit) {
        this.customers = customers;
        this.lookup = lookup;
        this.config = config;
        this.stores = stores;
        this.clock = clock;
        this.confirmed = confirmed;
        this.requested = requested;
        this.audit = audit;
    }

    /** Magento's {@code getConfirmationStatus}: "not required" whenever the website does not ask for it. */
    @Transactional
    public String status(CustomerId customerId) {
        Customer customer = lookup.customer(customerId);
        if (!config.flag(ConfigPath.CONFIRM, websiteOf(customer))) {
            return NOT_REQUIRED;
        }
        return customer.isConfirmed() ? CONFIRMED : REQUIRED;
    }

    /** {@code PUT /V1/customers/:email/activate}: the customer with this email in the request's website. */
    @Transactional
    public Customer activate(String email, String key, Website website) {
        return activate(byEmail(email, website), key);
    }

    /** {@code PUT /V1/customers/me/activate} and the link in the confirmation email. */
    @Transactional
    public Customer activateById(CustomerId customerId, String key) {
        return activate(lookup.customer(customerId), key);
    }

    /** {@code POST /V1/customers/confirm}: a new confirmation email, with a new key. */
    @Transactional
    public void resend(String email, WebsiteId websiteId, String redirectUrl, Website requestWebsite) {
        Website website = stores.sentWebsite(websiteId).orElse(requestWebsite);
        Customer customer = byEmail(email, website);
        if (customer.isConfirmed()) {
            throw InputException.of(NOT_NEEDED);
        }
        SecretToken key = SecretToken.random();
        customer.renewConfirmationKey(key, clock.instant());
        customers.update(customer);
        requested.fire(new ConfirmationRequested(customer.id(), customer.storeId(), key, redirectUrl));
    }

    private Customer activate(Customer customer, String key) {
        Instant now = clock.instant();
        customer.confirm(key, now);
        SecretToken resetToken = SecretToken.random();
        customer.issueResetToken(resetToken, now);
        customers.update(customer);
        audit.record(customer.id(), AuditEvent.CONFIRMED);
        confirmed.fire(new CustomerConfirmed(customer.id(), customer.storeId(), resetToken));
        return customer;
    }

    private Customer byEmail(String email, Website website) {
        return lookup.byEmail(email, website)
                .orElseThrow(() -> NoSuchEntityException.doubleField(
                        "email", email, "websiteId", website.id().value()));
    }

    private Website websiteOf(Customer customer) {
        return stores.website(customer.websiteId()).orElseGet(stores::defaultWebsite);
    }
}
