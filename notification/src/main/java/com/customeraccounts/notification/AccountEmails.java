package com.customeraccounts.notification;

import com.customeraccounts.config.ConfigPath;
import com.customeraccounts.config.StoreConfig;
import com.customeraccounts.customer.Customer;
import com.customeraccounts.customer.CustomerRegistered;
import com.customeraccounts.notification.EmailMessage.Address;
import com.customeraccounts.store.StoreView;
import com.customeraccounts.store.Stores;
import com.customeraccounts.store.Website;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Composes the email Magento sends after an account is created ({@code AccountManagement::sendEmailConfirmation}):
 * {@code confirmation} when the website requires it and a password was given, {@code registered_no_password}
 * without a password, else {@code registered}. Texts follow Magento's templates; the password is never in them.
 */
@ApplicationScoped
class AccountEmails {

    private StoreConfig config;
    private Stores stores;

    protected AccountEmails() {
    }

    @Inject
    AccountEmails(StoreConfig config, Stores stores) {
        this.config = config;
        this.stores = stores;
    }

    EmailMessage afterRegistration(CustomerRegistered event, Customer customer) {
        StoreView store = stores.storeView(event.storeId()).orElseGet(stores::defaultStoreView);
        Website website = stores.websiteOf(store);
        String storeName = storeName(store, website);
        AccountLinks links = new AccountLinks(config.value(ConfigPath.SECURE_BASE_URL, website),
                config.list(ConfigPath.REDIRECT_ALLOWED_ORIGINS, website));
        String name = customer.name().displayName();
        String email = customer.email().value();
        Address to = new Address(email, name);
        Address from = new Address(config.value(ConfigPath.GENERAL_IDENTITY_EMAIL, website),
                config.value(ConfigPath.GENERAL_IDENTITY_NAME, website));
        if (!event.passwordSet()) {
            String link = links.createPassword(customer.id(), event.resetToken());
            return new EmailMessage(customer.id().value(), EmailType.REGISTERED_NO_PASSWORD, to, from,
                    "Welcome to " + storeName, Templates.noPasswordText(name, storeName, email, link),
                    Templates.noPasswordHtml(name, storeName, email, link));
        }
        if (event.confirmationRequired()) {
            String link = links.confirm(customer.id(), event.confirmationKey(), event.redirect());
            return new EmailMessage(customer.id().value(), EmailType.CONFIRMATION, to, from,
                    "Please confirm your " + storeName + " account", Templates.confirmationText(name, email, link),
                    Templates.confirmationHtml(name, email, link));
        }
        String link = links.createPassword(customer.id(), event.resetToken());
        String accountUrl = links.backUrl(java.util.Optional.empty()) + "customer/account/";
        return new EmailMessage(customer.id().value(), EmailType.REGISTERED, to, from, "Welcome to " + storeName,
                Templates.welcomeText(name, storeName, email, accountUrl, link),
                Templates.welcomeHtml(name, storeName, email, accountUrl, link));
    }

    /** Magento's {@code Store::getFrontendName}: the configured store name, else the store group's name. */
    private String storeName(StoreView store, Website website) {
        String configured = config.value(ConfigPath.STORE_NAME, website);
        return configured.isBlank() ? stores.groupOf(store).name() : configured;
    }
}
