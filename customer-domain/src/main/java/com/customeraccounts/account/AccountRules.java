package com.customeraccounts.account;

import com.customeraccounts.account.NewAccount.CustomerDraft;
import com.customeraccounts.config.ConfigPath;
import com.customeraccounts.config.StoreConfig;
import com.customeraccounts.customer.CustomerGroups;
import com.customeraccounts.customer.CustomerRepository;
import com.customeraccounts.customer.DuplicateEmailException;
import com.customeraccounts.customer.GroupId;
import com.customeraccounts.customer.NewsletterStatus;
import com.customeraccounts.customer.Scopes;
import com.customeraccounts.error.InputException;
import com.customeraccounts.store.ShareScope;
import com.customeraccounts.store.StoreId;
import com.customeraccounts.store.StoreView;
import com.customeraccounts.store.Stores;
import com.customeraccounts.store.Website;
import com.customeraccounts.store.WebsiteId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The rules registration and update share: where the customer lives (store view, website and the
 * account-sharing scope), which group it may be in, what its email must be, and what its newsletter
 * subscription becomes. Each use case calls them in Magento's order for that call; the order differs, the
 * rules do not.
 */
final class AccountRules {

    static final String EMAIL_MISSING = "The customer email is missing. Enter and try again.";
    static final String DUPLICATE_EMAIL =
            "A customer with the same email address already exists in an associated website.";
    static final String GROUP_NOT_FOUND = "The specified customer group id does not exist.";

    /** The store view and website a customer is saved in, and the scope its email is unique in. */
    record Placement(StoreView store, Website website, ShareScope shareScope) {}

    private final CustomerRepository customers;
    private final CustomerGroups groups;
    private final Stores stores;
    private final StoreConfig config;
    private final Scopes scopes;

    AccountRules(CustomerRepository customers, CustomerGroups groups, Stores stores, StoreConfig config) {
        this.customers = customers;
        this.groups = groups;
        this.stores = stores;
        this.config = config;
        this.scopes = new Scopes(stores, config);
    }

    Scopes scopes() {
        return scopes;
    }

    /**
     * A new customer: the store view sent, else the default one of the website sent, else the default
     * store view; the website sent, else the store view's. 0 counts as "not set", as in Magento.
     */
    Placement placementOfNew(CustomerDraft draft) {
        StoreId storeId = draft.storeId();
        WebsiteId websiteId = draft.websiteId();
        StoreView store = StoreId.isSet(storeId)
                ? scopes.storeView(storeId)
                : WebsiteId.isSet(websiteId)
                        ? stores.defaultStoreViewOf(scopes.website(websiteId))
                        : stores.defaultStoreView();
        Website website = WebsiteId.isSet(websiteId) ? scopes.website(websiteId) : stores.websiteOf(store);
        return placed(store, website);
    }

    /** A saved customer: the website sent, else its own; the store view sent, else the website's default. */
    Placement placementOfSaved(CustomerDraft draft, WebsiteId storedWebsiteId) {
        Website website = scopes.website(WebsiteId.isSet(draft.websiteId()) ? draft.websiteId() : storedWebsiteId);
        StoreView store =
                StoreId.isSet(draft.storeId()) ? scopes.storeView(draft.storeId()) : stores.defaultStoreViewOf(website);
        return placed(store, website);
    }

    private Placement placed(StoreView store, Website website) {
        scopes.checkStoreInWebsite(store, website);
        return new Placement(store, website, scopes.shareScope(website));
    }

    /** The website's default group when none is sent. */
    GroupId groupOfNew(CustomerDraft draft, Website website) {
        if (draft.groupId() == null) {
            return new GroupId(config.intValue(ConfigPath.DEFAULT_GROUP, website));
        }
        return existingGroup(draft.groupId());
    }

    /** Magento checks a non-zero group only. */
    GroupId existingGroup(int groupId) {
        if (groupId != 0 && (groupId < 0 || !groups.exists(new GroupId(groupId)))) {
            throw InputException.of(GROUP_NOT_FOUND);
        }
        return new GroupId(groupId);
    }

    static void requireEmail(String email) {
        if (email == null || email.isEmpty()) {
            throw InputException.of(EMAIL_MISSING);
        }
    }

    void checkEmailFree(String emailKey, ShareScope shareScope) {
        if (customers.emailExists(emailKey, shareScope)) {
            throw InputException.of(DUPLICATE_EMAIL);
        }
    }

    /** The save validation: all its messages together make one error. */
    void checkDetails(CustomerDraft draft, Optional<LocalDate> dob, Website website, Instant now) {
        List<String> problems = new CustomerRules(config, website).problems(draft, dob, now);
        if (!problems.isEmpty()) {
            throw InputException.joined(problems);
        }
    }

    /** Runs a write; another transaction taking the email first reads as the duplicate it is. */
    static void guardingEmail(Runnable write) {
        try {
            write.run();
        } catch (DuplicateEmailException concurrentDuplicate) {
            throw InputException.of(DUPLICATE_EMAIL);
        }
    }

    /** A new customer's subscription, when it asks for one. */
    NewsletterStatus newsletterOfNew(CustomerDraft draft, boolean confirmationRequired) {
        if (!Boolean.TRUE.equals(draft.isSubscribed()) || !config.flag(ConfigPath.NEWSLETTER_ACTIVE)) {
            return null;
        }
        return subscription(confirmationRequired);
    }

    /** A saved customer's subscription: kept unless {@code isSubscribed} is sent. */
    NewsletterStatus newsletterOfSaved(CustomerDraft draft, NewsletterStatus current, boolean confirmed) {
        if (draft.isSubscribed() == null || !config.flag(ConfigPath.NEWSLETTER_ACTIVE)) {
            return current;
        }
        if (!draft.isSubscribed()) {
            return current == null ? null : NewsletterStatus.UNSUBSCRIBED;
        }
        return subscription(!confirmed && config.flag(ConfigPath.CONFIRM));
    }

    private NewsletterStatus subscription(boolean accountUnconfirmed) {
        if (accountUnconfirmed) {
            return NewsletterStatus.UNCONFIRMED;
        }
        return config.flag(ConfigPath.NEWSLETTER_CONFIRM) ? NewsletterStatus.NOT_ACTIVE : NewsletterStatus.SUBSCRIBED;
    }
}
