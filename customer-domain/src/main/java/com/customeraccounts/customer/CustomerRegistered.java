package com.customeraccounts.customer;

import com.customeraccounts.store.StoreId;
import com.customeraccounts.store.WebsiteId;
import java.util.Optional;

/**
 * A customer account was created. Fired inside the registering transaction; observers that act on the
 * outside world do so only after it commits.
 *
 * @param customer        the new customer, as stored: what its email is written from, without reading it back
 * @param resetToken      the reset-password token for the "set your password" link
 * @param confirmationKey the key of the confirmation link, when the website requires confirmation
 * @param redirectUrl     where the confirmation link leads back to, as the caller asked (unchecked)
 */
public record CustomerRegistered(
        Customer customer,
        WebsiteId websiteId,
        StoreId storeId,
        boolean passwordSet,
        SecretToken resetToken,
        SecretToken confirmationKey,
        String redirectUrl) {

    public CustomerId customerId() {
        return customer.id();
    }

    public boolean confirmationRequired() {
        return confirmationKey != null;
    }

    public Optional<String> redirect() {
        return Optional.ofNullable(redirectUrl).filter(url -> !url.isBlank());
    }
}
