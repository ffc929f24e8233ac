package com.customeraccounts.account;

import com.customeraccounts.access.AclResource;
import com.customeraccounts.access.Caller;
import com.customeraccounts.account.NewAccount.AddressDraft;
import com.customeraccounts.account.NewAccount.CustomerDraft;
import com.customeraccounts.attribute.AttributeEntity;
import com.customeraccounts.attribute.DeclaredAttributes;
import com.customeraccounts.audit.AccountAudit;
import com.customeraccounts.audit.AuditEvent;
import com.customeraccounts.config.ConfigPath;
import com.customeraccounts.config.StoreConfig;
import com.customeraccounts.customer.AttributeValues;
import com.customeraccounts.customer.Customer;
import com.customeraccounts.customer.CustomerGroups;
import com.customeraccounts.customer.CustomerRegistered;
import com.customeraccounts.customer.CustomerRepository;
import com.customeraccounts.customer.EmailAddress;
import com.customeraccounts.customer.GroupId;
import com.customeraccounts.customer.PersonName;
import com.customeraccounts.customer.Scopes;
import com.customeraccounts.customer.SecretToken;
import com.customeraccounts.directory.Directory;
import com.customeraccounts.error.AuthorizationException;
import com.customeraccounts.error.InputException;
import com.customeraccounts.error.NoSuchEntityException;
import com.customeraccounts.password.PasswordHasher;
import com.customeraccounts.store.ShareScope;
import com.customeraccounts.store.StoreView;
import com.customeraccounts.store.Stores;
import com.customeraccounts.store.Website;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Registers a customer account: Magento's {@code AccountManagementApi::createAccount}, step by step and in
 * Magento's order, so that the first problem reported is the one Magento reports. The customer, its
 * addresses and the {@link CustomerRegistered} event are one transaction: nothing is kept when any step
 * fails.
 */
@ApplicationScoped
public class AccountRegistration {

    static final String EMAIL_REQUIRED = "The email address is required to create a customer account.";
    static final String ALREADY_IN_STORE = "This customer already exists in this store.";

    private CustomerRepository customers;
    private CustomerGroups groups;
    private Stores stores;
    private Directory directory;
    private StoreConfig config;
    private PasswordPolicy passwordPolicy;
    private PasswordHasher hasher;
    private Clock clock;
    private Event<CustomerRegistered> registered;

    private AccountAudit audit;
    private AttributeRules attributes;

    protected AccountRegistration() {}

    @Inject
    public AccountRegistration(
            CustomerRepository customers,
            CustomerGroups groups,
            Stores stores,
            Directory directory,
            StoreConfig config,
            PasswordPolicy passwordPolicy,
            PasswordHasher hasher,
            Clock clock,
            Event<CustomerRegistered> registered,
            AccountAudit audit,
            DeclaredAttributes declared) {
        this.customers = customers;
        this.groups = groups;
        this.stores = stores;
        this.directory = directory;
        this.config = config;
        this.passwordPolicy = passwordPolicy;
        this.hasher = hasher;
        this.clock = clock;
        this.registered = registered;
        this.audit = audit;
        this.attributes = new AttributeRules(declared);
    }

    /**
     * @param requestStore the store view the request runs in (from the REST path)
     * @return the new customer, as stored
     */
    @Transactional
    public Customer register(NewAccount request, Caller caller, StoreView requestStore) {
        CustomerDraft draft = request.customer();
        checkAttributeTypes(draft);
        if (draft.groupId() != null && !caller.isAllowed(AclResource.MANAGE)) {
            throw AuthorizationException.missing(AclResource.MANAGE);
        }
        if (draft.email() == null) {
            throw InputException.of(EMAIL_REQUIRED);
        }
        if (request.password() != null) {
            passwordPolicy.checkStrength(request.password());
            passwordPolicy.checkNotSameAsEmail(request.password(), draft.email());
        }
        AccountRules rules = new AccountRules(customers, groups, stores, config);
        if (draft.id() != null && draft.id() != 0) {
            rejectExistingCustomer(draft, stores.websiteOf(requestStore), rules.scopes());
        }
        AccountRules.Placement placement = rules.placementOfNew(draft);
        StoreView store = placement.store();
        Website website = placement.website();
        ShareScope shareScope = placement.shareScope();
        GroupId group = rules.groupOfNew(draft, website);
        Instant now = clock.instant();
        Optional<LocalDate> dob = DateOfBirth.parse(draft.dob());
        AccountRules.requireEmail(draft.email());
        rules.checkEmailFree(EmailAddress.keyOf(draft.email()), shareScope);
        boolean confirmationRequired = config.flag(ConfigPath.CONFIRM, website);
        rules.checkDetails(draft, dob, website, now);
        AttributeValues customAttributes =
                attributes.values(AttributeEntity.CUSTOMER, draft.customAttributes(), AttributeValues.NONE);
        List<Customer.NewAddress> addresses = addresses(draft, website);
        String passwordHash = request.password() == null ? null : hasher.hash(request.password());
        SecretToken confirmationKey = confirmationRequired ? SecretToken.random() : clientConfirmation(draft);
        SecretToken resetToken = SecretToken.random();
        Customer customer = Customer.register(
                new Customer.Registration(
                        customers.nextId(),
                        website.id(),
                        store.id(),
                        store.name(),
                        group,
                        shareScope,
                        new EmailAddress(draft.email()),
                        new PersonName(
                                draft.prefix(),
                                draft.firstname(),
                                draft.middlename(),
                                draft.lastname(),
                                draft.suffix()),
                        dob.orElse(null),
                        draft.gender(),
                        draft.taxvat(),
                        passwordHash,
                        confirmationKey,
                        draft.disableAutoGroupChange() == null ? 0 : draft.disableAutoGroupChange(),
                        addresses,
                        rules.newsletterOfNew(draft, confirmationRequired),
                        customAttributes),
                resetToken,
                now);
        AccountRules.guardingEmail(() -> customers.add(customer));
        audit.record(customer.id(), AuditEvent.CREATED);
        registered.fire(new CustomerRegistered(
                customer,
                website.id(),
                store.id(),
                passwordHash != null,
                resetToken,
                confirmationRequired ? confirmationKey : null,
                request.redirectUrl()));
        return customer;
    }

    private void rejectExistingCustomer(CustomerDraft draft, Website website, Scopes scopes) {
        ShareScope shareScope = scopes.shareScope(website);
        if (draft.email().isEmpty() || !customers.emailExists(EmailAddress.keyOf(draft.email()), shareScope)) {
            throw NoSuchEntityException.doubleField(
                    "email", draft.email(), "websiteId", website.id().value());
        }
        throw InputException.of(ALREADY_IN_STORE);
    }

    private List<Customer.NewAddress> addresses(CustomerDraft draft, Website website) {
        AddressRules rules = new AddressRules(config, directory, website);
        List<Customer.NewAddress> addresses = new ArrayList<>();
        for (AddressDraft a : draft.addressesOrNone()) {
            if (!rules.isCountryAllowed(a.countryId())) {
                continue;
            }
            rules.check(a);
            AttributeValues values =
                    attributes.values(AttributeEntity.ADDRESS, a.customAttributes(), AttributeValues.NONE);
            addresses.add(rules.newAddress(customers.nextAddressId(), a, values));
        }
        return addresses;
    }

    /** Magento reads the request, custom attributes' types included, before any rule runs. */
    private void checkAttributeTypes(CustomerDraft draft) {
        attributes.checkTypes(AttributeEntity.CUSTOMER, draft.customAttributes());
        draft.addressesOrNone().forEach(a -> attributes.checkTypes(AttributeEntity.ADDRESS, a.customAttributes()));
    }

    /** With confirmation off Magento keeps a confirmation value the client sent. */
    private static SecretToken clientConfirmation(CustomerDraft draft) {
        String value = draft.confirmation();
        return value == null || value.isEmpty() ? null : new SecretToken(value);
    }
}
