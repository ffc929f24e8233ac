package com.customeraccounts.customer;

import com.customeraccounts.config.AccountSharing;
import com.customeraccounts.config.StoreConfig;
import com.customeraccounts.error.InputException;
import com.customeraccounts.error.NoSuchEntityException;
import com.customeraccounts.error.Phrase;
import com.customeraccounts.store.ShareScope;
import com.customeraccounts.store.StoreId;
import com.customeraccounts.store.StoreView;
import com.customeraccounts.store.Stores;
import com.customeraccounts.store.Website;
import com.customeraccounts.store.WebsiteId;

/** Websites, store views and the account-sharing scope, with Magento's messages when they do not fit. */
public final class Scopes {

    public static final String STORE_NOT_IN_WEBSITE = "The store view is not in the associated website.";
    public static final String WEBSITE_NOT_FOUND =
            "The website with id %s that was requested wasn't found. Verify the " + "website and try again.";
    public static final String STORE_NOT_FOUND =
            "The store that was requested wasn't found. Verify the store and try again.";

    private final Stores stores;
    private final StoreConfig config;

    public Scopes(Stores stores, StoreConfig config) {
        this.stores = stores;
        this.config = config;
    }

    public Website website(WebsiteId id) {
        return stores.website(id)
                .orElseThrow(() -> new NoSuchEntityException(
                        Phrase.of(WEBSITE_NOT_FOUND.replace("%s", Integer.toString(id.value())))));
    }

    public StoreView storeView(StoreId id) {
        return stores.storeView(id).orElseThrow(() -> new NoSuchEntityException(Phrase.of(STORE_NOT_FOUND)));
    }

    private AccountSharing sharing() {
        return AccountSharing.configuredIn(config);
    }

    /** The scope an email is unique in: the website, or all of them when accounts are shared globally. */
    public ShareScope shareScope(Website website) {
        return sharing().scopeOf(website);
    }

    /** With website sharing, the store view must be one of the website's. */
    public void checkStoreInWebsite(StoreView store, Website website) {
        if (!sharing().isGlobal() && !stores.belongsTo(store, website)) {
            throw InputException.of(STORE_NOT_IN_WEBSITE);
        }
    }
}
