package com.customeraccounts.account;

import com.customeraccounts.account.NewAccount.AddressDraft;
import com.customeraccounts.account.NewAccount.CustomerDraft;
import com.customeraccounts.attribute.AttributeEntity;
import com.customeraccounts.attribute.DeclaredAttributes;
import com.customeraccounts.audit.AccountAudit;
import com.customeraccounts.config.StoreConfig;
import com.customeraccounts.customer.Address;
import com.customeraccounts.customer.AddressId;
import com.customeraccounts.customer.AttributeValues;
import com.customeraccounts.customer.Customer;
import com.customeraccounts.customer.CustomerGroups;
import com.customeraccounts.customer.CustomerId;
import com.customeraccounts.customer.CustomerRepository;
import com.customeraccounts.customer.CustomerSnapshot;
import com.customeraccounts.customer.EmailAddress;
import com.customeraccounts.customer.GroupId;
import com.customeraccounts.customer.PersonName;
import com.customeraccounts.customer.Precondition;
import com.customeraccounts.directory.Directory;
import com.customeraccounts.store.ShareScope;
import com.customeraccounts.store.Stores;
import com.customeraccounts.store.Website;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Saves an existing customer: Magento's {@code CustomerRepository::save}. An admin's
 * {@code PUT /V1/customers/:customerId} is a partial update (Magento's {@code UpdateCustomer} plugin: the
 * fields sent overlay the stored ones); {@code PUT /V1/customers/me} saves the object as sent, with id,
 * group, website and store forced from the token. Either way a sent {@code addresses} list replaces the
 * set, and a missing one keeps it.
 */
@ApplicationScoped
public class CustomerUpdate {

    private CustomerRepository customers;
    private CustomerGroups groups;
    private Stores stores;
    private Directory directory;
    private StoreConfig config;
    private Clock clock;

    private AccountAudit audit;
    private AttributeRules attributes;

    protected CustomerUpdate() {}

    @Inject
    public CustomerUpdate(
            CustomerRepository customers,
            CustomerGroups groups,
            Stores stores,
            Directory directory,
            StoreConfig config,
            Clock clock,
            AccountAudit audit,
            DeclaredAttributes declared) {
        this.customers = customers;
        this.groups = groups;
        this.stores = stores;
        this.directory = directory;
        this.config = config;
        this.clock = clock;
        this.audit = audit;
        this.attributes = new AttributeRules(declared);
    }

    /** An admin's partial update. */
    @Transactional
    public Customer overlay(CustomerId id, CustomerDraft sent) {
        return overlay(id, sent, Precondition.NONE);
    }

    /**
     * An admin's partial update, made only if {@code precondition} holds for the customer as it is now.
     *
     * @throws ConflictException {@link ConflictException.Kind#STALE} when it does not
     */
    @Transactional
    public Customer overlay(CustomerId id, CustomerDraft sent, Precondition precondition) {
        Customer customer = existing(id, precondition);
        return save(customer, merged(customer.snapshot(), sent), sent.groupId() != null);
    }

    /** The customer's own save: what is sent is the customer, except what the token decides. */
    @Transactional
    public Customer replaceOwn(CustomerId id, CustomerDraft sent) {
        return replaceOwn(id, sent, Precondition.NONE);
    }

    /** The customer's own save, made only if {@code precondition} holds for the customer as it is now. */
    @Transactional
    public Customer replaceOwn(CustomerId id, CustomerDraft sent, Precondition precondition) {
        Customer customer = existing(id, precondition);
        CustomerSnapshot s = customer.snapshot();
        CustomerDraft forced = new CustomerDraft(
                id.value(),
                s.groupId().value(),
                sent.confirmation(),
                sent.createdAt(),
                sent.dob(),
                sent.email(),
                sent.firstname(),
                sent.lastname(),
                sent.middlename(),
                sent.prefix(),
                sent.suffix(),
                sent.gender(),
                s.storeId(),
                sent.taxvat(),
                s.websiteId(),
                sent.addresses(),
                sent.disableAutoGroupChange(),
                sent.isSubscribed(),
                sent.customAttributes());
        return save(customer, forced, false);
    }

    private Customer existing(CustomerId id, Precondition precondition) {
        return Preconditions.checked(customers, id, precondition);
    }

    private Customer save(Customer customer, CustomerDraft d, boolean groupSent) {
        CustomerSnapshot s = customer.snapshot();
        attributes.checkTypes(AttributeEntity.CUSTOMER, d.customAttributes());
        if (d.addresses() != null) {
            d.addresses().forEach(a -> attributes.checkTypes(AttributeEntity.ADDRESS, a.customAttributes()));
        }
        AccountRules rules = new AccountRules(customers, groups, stores, config);
        AccountRules.Placement placement = rules.placementOfSaved(d, s.websiteId());
        Website website = placement.website();
        GroupId group = groupSent
                ? rules.existingGroup(d.groupId())
                : new GroupId(d.groupId() == null ? s.groupId().value() : d.groupId());
        Optional<LocalDate> dob = DateOfBirth.parse(d.dob());
        AccountRules.requireEmail(d.email());
        Instant now = clock.instant();
        rules.checkDetails(d, dob, website, now);
        AttributeValues customAttributes =
                attributes.values(AttributeEntity.CUSTOMER, d.customAttributes(), s.customAttributes());
        ShareScope shareScope = placement.shareScope();
        EmailAddress email = new EmailAddress(d.email());
        if (!email.key().equals(s.email().key()) || !shareScope.equals(s.shareScope())) {
            rules.checkEmailFree(email.key(), shareScope);
        }
        customer.changeDetails(
                new Customer.Details(
                        website.id(),
                        placement.store().id(),
                        group,
                        email,
                        new PersonName(d.prefix(), d.firstname(), d.middlename(), d.lastname(), d.suffix()),
                        dob.orElse(null),
                        d.gender(),
                        d.taxvat(),
                        d.disableAutoGroupChange() == null ? s.disableAutoGroupChange() : d.disableAutoGroupChange(),
                        addresses(d, s, website),
                        rules.newsletterOfSaved(d, s.newsletterStatus(), customer.isConfirmed()),
                        shareScope,
                        customAttributes),
                now);
        AccountRules.guardingEmail(() -> customers.update(customer));
        audit.saved(s, customer.snapshot());
        return customer;
    }

    /** A sent address keeps its id when it is one of this customer's; any other becomes a new address. */
    private List<Customer.NewAddress> addresses(CustomerDraft d, CustomerSnapshot s, Website website) {
        if (d.addresses() == null) {
            return null;
        }
        AddressRules rules = new AddressRules(config, directory, website);
        Map<Long, Address> own = s.addresses().stream().collect(Collectors.toMap(a -> a.id().value(), a -> a));
        List<Customer.NewAddress> addresses = new ArrayList<>();
        for (AddressDraft a : d.addresses()) {
            rules.check(a);
            Address existing = a.id() == null ? null : own.get(a.id());
            AddressId id = existing != null ? existing.id() : customers.nextAddressId();
            AttributeValues values = attributes.values(
                    AttributeEntity.ADDRESS,
                    a.customAttributes(),
                    existing != null ? existing.customAttributes() : AttributeValues.NONE);
            addresses.add(rules.newAddress(id, a, values));
        }
        return addresses;
    }

    /** The stored customer with the sent fields laid over it. */
    private static CustomerDraft merged(CustomerSnapshot s, CustomerDraft sent) {
        return new CustomerDraft(
                s.id().value(),
                pick(sent.groupId(), s.groupId().value()),
                sent.confirmation(),
                sent.createdAt(),
                sent.dob() != null
                        ? sent.dob()
                        : s.dob() == null ? null : s.dob().toString(),
                pick(sent.email(), s.email().value()),
                pick(sent.firstname(), s.name().firstname()),
                pick(sent.lastname(), s.name().lastname()),
                pick(sent.middlename(), s.name().middlename()),
                pick(sent.prefix(), s.name().prefix()),
                pick(sent.suffix(), s.name().suffix()),
                pick(sent.gender(), s.gender()),
                pick(sent.storeId(), s.storeId()),
                pick(sent.taxvat(), s.taxvat()),
                pick(sent.websiteId(), s.websiteId()),
                sent.addresses(),
                pick(sent.disableAutoGroupChange(), s.disableAutoGroupChange()),
                sent.isSubscribed(),
                sent.customAttributes());
    }

    private static <T> T pick(T sent, T stored) {
        return sent != null ? sent : stored;
    }
}
