package com.customeraccounts.account;

import com.customeraccounts.access.AccessTokens;
import com.customeraccounts.audit.AccountAudit;
import com.customeraccounts.audit.AuditEvent;
import com.customeraccounts.config.ConfigPath;
import com.customeraccounts.config.StoreConfig;
import com.customeraccounts.customer.Customer;
import com.customeraccounts.customer.CustomerId;
import com.customeraccounts.customer.CustomerLookup;
import com.customeraccounts.customer.CustomerRepository;
import com.customeraccounts.customer.PasswordResetCompleted;
import com.customeraccounts.customer.PasswordResetRequested;
import com.customeraccounts.customer.SecretToken;
import com.customeraccounts.error.InputException;
import com.customeraccounts.error.NoSuchEntityException;
import com.customeraccounts.error.Parameters;
import com.customeraccounts.error.Phrase;
import com.customeraccounts.password.PasswordHasher;
import com.customeraccounts.store.Stores;
import com.customeraccounts.store.Website;
import com.customeraccounts.store.WebsiteId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Forgotten passwords: Magento's {@code initiatePasswordReset}, {@code validateResetPasswordLinkToken} and
 * {@code resetPassword}. Tokens are random, stored only as hashes, work once, and expire after
 * {@code customer/password/reset_link_expiration_period} hours. Requests are limited per email as
 * Magento_Security does (a minimum time between them, and a maximum per hour).
 */
@ApplicationScoped
public class PasswordReset {

    public static final String EMAIL_RESET = "email_reset";
    public static final String EMAIL_REMINDER = "email_reminder";
    static final String TOO_MANY =
            "We received too many requests for password resets. Please wait and try again " + "later or contact %1.";
    static final String INVALID_TEMPLATE = "Invalid value of \"%value\" provided for the %fieldName field. "
            + "Possible values: %template1 or %template2.";

    private CustomerRepository customers;
    private CustomerLookup lookup;
    private PasswordResetRequests requests;
    private AccessTokens tokens;
    private NewPassword newPassword;
    private StoreConfig config;
    private Stores stores;
    private Clock clock;
    private Event<PasswordResetRequested> requested;
    private Event<PasswordResetCompleted> completed;

    private AccountAudit audit;

    protected PasswordReset() {}

    @Inject
    public PasswordReset(
            CustomerRepository customers,
            CustomerLookup lookup,
            PasswordResetRequests requests,
            AccessTokens tokens,
            PasswordPolicy policy,
            PasswordHasher hasher,
            StoreConfig config,
            Stores stores,
            Clock clock,
            Event<PasswordResetRequested> requested,
            Event<PasswordResetCompleted> completed,
            AccountAudit audit) {
        this.customers = customers;
        this.lookup = lookup;
        this.requests = requests;
        this.tokens = tokens;
        this.newPassword = new NewPassword(policy, hasher, customers);
        this.config = config;
        this.stores = stores;
        this.clock = clock;
        this.requested = requested;
        this.completed = completed;
        this.audit = audit;
    }

    /** {@code PUT /V1/customers/password}: a reset (or reminder) email with a new token. */
    @Transactional
    public void initiate(String email, String template, WebsiteId websiteId, Website requestWebsite) {
        List<Phrase> missing = new ArrayList<>();
        if (email == null || email.isEmpty()) {
            missing.add(Phrase.of(InputException.REQUIRED_FIELD, Parameters.named("fieldName", "email")));
        }
        if (template == null || template.isEmpty()) {
            missing.add(Phrase.of(InputException.REQUIRED_FIELD, Parameters.named("fieldName", "template")));
        }
        if (!missing.isEmpty()) {
            throw InputException.aggregate(missing);
        }
        Website website = stores.sentWebsite(websiteId).orElse(requestWebsite);
        Customer customer = byEmail(email, website, websiteId == null ? website.id() : websiteId);
        Instant now = clock.instant();
        checkFrequency(customer.email().key(), now);
        if (!Set.of(EMAIL_RESET, EMAIL_REMINDER).contains(template)) {
            throw InputException.of(Phrase.of(
                    INVALID_TEMPLATE,
                    Parameters.named(
                            "value",
                            template,
                            "fieldName",
                            "template",
                            "template1",
                            EMAIL_REMINDER,
                            "template2",
                            EMAIL_RESET)));
        }
        SecretToken token = SecretToken.random();
        customer.issueResetToken(token, now);
        customers.update(customer);
        requests.record(customer.email().key(), now);
        requested.fire(new PasswordResetRequested(customer.id(), customer.storeId(), template, token));
    }

    /** {@code GET /V1/customers/:customerId/password/resetLinkToken/:resetPasswordLinkToken}. */
    @Transactional
    public void validateToken(CustomerId customerId, String token) {
        if (token == null || token.isEmpty()) {
            throw InputException.requiredField("resetPasswordLinkToken");
        }
        lookup.customer(customerId).checkResetToken(token, clock.instant(), validity());
    }

    /** {@code POST /V1/customers/resetPassword}: the token works once; the customer's tokens are revoked. */
    @Transactional
    public void reset(String email, String token, String password, Website requestWebsite) {
        if (email == null || email.isEmpty()) {
            throw InputException.requiredField("email");
        }
        Customer customer = byEmail(email, requestWebsite, requestWebsite.id());
        Instant now = clock.instant();
        if (token == null || token.isEmpty()) {
            throw InputException.requiredField("resetPasswordLinkToken");
        }
        customer.checkResetToken(token, now, validity());
        newPassword.set(customer, password, now);
        tokens.revokeCustomerTokens(customer.id(), now);
        audit.record(customer.id(), AuditEvent.PASSWORD_RESET);
        completed.fire(new PasswordResetCompleted(customer.id()));
    }

    private void checkFrequency(String emailKey, Instant now) {
        if (config.intValue(ConfigPath.RESET_PROTECTION_TYPE) == 0) {
            return;
        }
        Duration minimum = Duration.ofMinutes(config.intValue(ConfigPath.MIN_TIME_BETWEEN_RESET_REQUESTS));
        Optional<Instant> last = requests.last(emailKey);
        boolean tooSoon = last.isPresent() && Duration.between(last.get(), now).compareTo(minimum) < 0;
        int maximum = config.intValue(ConfigPath.MAX_RESET_REQUESTS);
        boolean tooMany = maximum > 0 && requests.countSince(emailKey, now.minus(Duration.ofHours(1))) >= maximum;
        if (tooSoon || tooMany) {
            throw InputException.of(
                    Phrase.of(TOO_MANY, Parameters.positional(config.value(ConfigPath.SUPPORT_IDENTITY_EMAIL))));
        }
    }

    private Duration validity() {
        return Duration.ofHours(config.intValue(ConfigPath.RESET_LINK_EXPIRATION_PERIOD));
    }

    private Customer byEmail(String email, Website website, WebsiteId websiteIdShown) {
        return lookup.byEmail(email, website)
                .orElseThrow(
                        () -> NoSuchEntityException.doubleField("email", email, "websiteId", websiteIdShown.value()));
    }
}
