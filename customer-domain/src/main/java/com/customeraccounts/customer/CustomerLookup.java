package com.customeraccounts.customer;

import com.customeraccounts.config.StoreConfig;
import com.customeraccounts.error.NoSuchEntityException;
import com.customeraccounts.store.Stores;
import com.customeraccounts.store.Website;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Reading customers and their addresses, with Magento's "no such entity" answers. */
@ApplicationScoped
public class CustomerLookup {

    private CustomerRepository customers;
    private CustomerSearch search;
    private Stores stores;
    private StoreConfig config;

    protected CustomerLookup() {}

    @Inject
    public CustomerLookup(CustomerRepository customers, CustomerSearch search, Stores stores, StoreConfig config) {
        this.customers = customers;
        this.search = search;
        this.stores = stores;
        this.config = config;
    }

    /**
     * The customer with this email (any letter case) in the website's account-sharing scope; none for
     * an absent or malformed email.
     */
    @Transactional
    public Optional<Customer> byEmail(String email, Website website) {
        if (email == null) {
            return Optional.empty();
        }
        try {
            return customers.findByEmail(new EmailAddress(email), new Scopes(stores, config).shareScope(website));
        } catch (IllegalArgumentException notAnEmail) {
            return Optional.empty();
        }
    }

    /** {@code GET /V1/customers/search}: filter groups AND-ed, filters in a group OR-ed, sorted, paged. */
    @Transactional
    public CustomerPage search(SearchCriteria criteria) {
        return search.search(criteria);
    }

    /** @throws NoSuchEntityException {@code No such entity with customerId = <id>} */
    @Transactional
    public Customer customer(CustomerId customerId) {
        return customers
                .find(customerId)
                .orElseThrow(() -> NoSuchEntityException.singleField("customerId", customerId.value()));
    }

    /**
     * The customer to show, as last committed (possibly kept from an earlier read): in no transaction, for
     * answers that change nothing.
     *
     * @throws NoSuchEntityException {@code No such entity with customerId = <id>}
     */
    public Customer committed(CustomerId customerId) {
        return customers
                .findCommitted(customerId)
                .orElseThrow(() -> NoSuchEntityException.singleField("customerId", customerId.value()));
    }

    /** The customer owning the address, with the address. */
    @Transactional
    public Customer ownerOfAddress(long addressId) {
        return (addressId > 0 ? customers.findByAddress(new AddressId(addressId)) : Optional.<Customer>empty())
                .orElseThrow(() -> NoSuchEntityException.singleField("addressId", addressId));
    }

    public static Address address(Customer owner, long addressId) {
        return owner.address(new AddressId(addressId))
                .orElseThrow(() -> NoSuchEntityException.singleField("addressId", addressId));
    }
}
