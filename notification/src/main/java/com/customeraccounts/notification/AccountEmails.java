package com.customeraccounts.notification;

import com.customeraccounts.config.ConfigPath;
import com.customeraccounts.config.StoreConfig;
import com.customeraccounts.customer.ConfirmationRequested;
import com.customeraccounts.customer.Customer;
import com.customeraccounts.customer.CustomerConfirmed;
import com.customeraccounts.customer.CustomerRegistered;
import com.customeraccounts.customer.PasswordResetRequested;
import com.customeraccounts.customer.SecretToken;
import com.customeraccounts.notification.EmailMessage.Address;
import com.customeraccounts.store.StoreId;
import com.customeraccounts.store.StoreView;
import com.customeraccounts.store.Stores;
import com.customeraccounts.store.Website;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Composes the email Magento sends after an account is created ({@code AccountManagement::sendEmailConfirmation}):
 * {@code confirmation} when the website requires it and a password was given, {@code registered_no_password}
 * without a password, else {@code registered}. Texts follow Magento's templates; the password is never in them.
 */
@ApplicationScoped
class AccountEmails {

    private StoreConfig config;
    private Stores stores;

    protected AccountEmails() {}

    @Inject
    AccountEmails(StoreConfig config, Stores stores) {
        this.config = config;
        this.stores = stores;
    }

    EmailMessage afterRegistration(CustomerRegistered event) {
        Customer customer = event.customer();
        Context c = context(event.storeId(), customer);
        if (!event.passwordSet()) {
            String link = c.links().createPassword(customer.id(), event.resetToken());
            return new EmailMessage(
                    customer.id().value(),
                    EmailType.REGISTERED_NO_PASSWORD,
                    c.to(),
                    c.general(),
                    "Welcome to " + c.storeName(),
                    Templates.noPasswordText(c.name(), c.storeName(), c.to().email(), link),
                    Templates.noPasswordHtml(c.name(), c.storeName(), c.to().email(), link),
                    AccountLinks.asWritten(event.resetToken()));
        }
        if (event.confirmationRequired()) {
            return confirmation(c, customer, event.confirmationKey(), event.redirect());
        }
        String link = c.links().createPassword(customer.id(), event.resetToken());
        String accountUrl = c.links().backUrl(Optional.empty()) + "customer/account/";
        return new EmailMessage(
                customer.id().value(),
                EmailType.REGISTERED,
                c.to(),
                c.general(),
                "Welcome to " + c.storeName(),
                Templates.welcomeText(c.name(), c.storeName(), c.to().email(), accountUrl, link),
                Templates.welcomeHtml(c.name(), c.storeName(), c.to().email(), accountUrl, link),
                AccountLinks.asWritten(event.resetToken()));
    }

    /** The confirmation email again, with its new key ({@code POST /V1/customers/confirm}). */
    EmailMessage confirmationAgain(ConfirmationRequested event, Customer customer) {
        return confirmation(context(event.storeId(), customer), customer, event.confirmationKey(), event.redirect());
    }

    private static EmailMessage confirmation(Context c, Customer customer, SecretToken key, Optional<String> redirect) {
        String link = c.links().confirm(customer.id(), key, redirect);
        return new EmailMessage(
                customer.id().value(),
                EmailType.CONFIRMATION,
                c.to(),
                c.general(),
                "Please confirm your " + c.storeName() + " account",
                Templates.confirmationText(c.name(), c.to().email(), link),
                Templates.confirmationHtml(c.name(), c.to().email(), link),
                AccountLinks.asWritten(key));
    }

    /** Magento's {@code confirmed} welcome, after a first activation. */
    EmailMessage afterConfirmation(CustomerConfirmed event, Customer customer) {
        Context c = context(event.storeId(), customer);
        String link = c.links().createPassword(customer.id(), event.resetToken());
        String accountUrl = c.links().backUrl(Optional.empty()) + "customer/account/";
        return new EmailMessage(
                customer.id().value(),
                EmailType.CONFIRMED,
                c.to(),
                c.general(),
                "Welcome to " + c.storeName(),
                Templates.confirmedText(c.name(), c.storeName(), c.to().email(), accountUrl, link),
                Templates.confirmedHtml(c.name(), c.storeName(), c.to().email(), accountUrl, link),
                AccountLinks.asWritten(event.resetToken()));
    }

    /** The reset ({@code email_reset}) or reminder ({@code email_reminder}) email, from the support identity. */
    EmailMessage passwordReset(PasswordResetRequested event, Customer customer) {
        Context c = context(event.storeId(), customer);
        String link = c.links().createPassword(customer.id(), event.resetToken());
        boolean reminder = "email_reminder".equals(event.template());
        Address from = new Address(
                config.value(ConfigPath.SUPPORT_IDENTITY_EMAIL, c.website()),
                config.value(ConfigPath.SUPPORT_IDENTITY_NAME, c.website()));
        return new EmailMessage(
                customer.id().value(),
                reminder ? EmailType.PASSWORD_REMINDER : EmailType.PASSWORD_RESET,
                c.to(),
                from,
                (reminder ? "Your " + c.storeName() + " password" : "Reset your " + c.storeName() + " password"),
                Templates.resetText(c.name(), link),
                Templates.resetHtml(c.name(), link),
                AccountLinks.asWritten(event.resetToken()));
    }

    private record Context(
            Website website, String storeName, AccountLinks links, String name, Address to, Address general) {}

    private Context context(StoreId storeId, Customer customer) {
        StoreView store = stores.storeView(storeId).orElseGet(stores::defaultStoreView);
        Website website = stores.websiteOf(store);
        AccountLinks links = new AccountLinks(
                config.value(ConfigPath.SECURE_BASE_URL, website),
                config.list(ConfigPath.REDIRECT_ALLOWED_ORIGINS, website));
        String name = customer.name().displayName();
        return new Context(
                website,
                storeName(store, website),
                links,
                name,
                new Address(customer.email().value(), name),
                new Address(
                        config.value(ConfigPath.GENERAL_IDENTITY_EMAIL, website),
                        config.value(ConfigPath.GENERAL_IDENTITY_NAME, website)));
    }

    /** Magento's {@code Store::getFrontendName}: the configured store name, else the store group's name. */
    private String storeName(StoreView store, Website website) {
        String configured = config.value(ConfigPath.STORE_NAME, website);
        return configured.isBlank() ? stores.groupOf(store).name() : configured;
    }
}
