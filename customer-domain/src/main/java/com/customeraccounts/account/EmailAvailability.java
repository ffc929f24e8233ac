package com.customeraccounts.account;

import com.customeraccounts.config.ConfigPath;
import com.customeraccounts.config.StoreConfig;
import com.customeraccounts.customer.CustomerRepository;
import com.customeraccounts.customer.EmailAddress;
import com.customeraccounts.customer.Scopes;
import com.customeraccounts.store.ShareScope;
import com.customeraccounts.store.Stores;
import com.customeraccounts.store.Website;
import com.customeraccounts.store.WebsiteId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * {@code POST /V1/customers/isEmailAvailable}: always {@code true} unless
 * {@code checkout/options/enable_guest_checkout_login} is on (Magento 2.4.7+, against enumeration).
 */
@ApplicationScoped
public class EmailAvailability {

    private CustomerRepository customers;
    private Stores stores;
    private StoreConfig config;

    protected EmailAvailability() {}

    @Inject
    public EmailAvailability(CustomerRepository customers, Stores stores, StoreConfig config) {
        this.customers = customers;
        this.stores = stores;
        this.config = config;
    }

    /** @param websiteId the website to look in; null for the request store's */
    @Transactional
    public boolean isAvailable(String email, WebsiteId websiteId, Website requestWebsite) {
        if (!config.flag(ConfigPath.ENABLE_GUEST_CHECKOUT_LOGIN) || email == null || email.isEmpty()) {
            return true;
        }
        Website website =
                websiteId == null ? requestWebsite : stores.website(websiteId).orElse(requestWebsite);
        ShareScope scope = new Scopes(stores, config).shareScope(website);
        return !customers.emailExists(EmailAddress.keyOf(email), scope);
    }
}
