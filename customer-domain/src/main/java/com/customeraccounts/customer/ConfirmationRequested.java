package com.customeraccounts.customer;

import com.customeraccounts.store.StoreId;
import java.util.Optional;

/** A customer asked for its confirmation email again; it carries the new key. */
public record ConfirmationRequested(
        CustomerId customerId, StoreId storeId, SecretToken confirmationKey, String redirectUrl) {

    public Optional<String> redirect() {
        return Optional.ofNullable(redirectUrl).filter(url -> !url.isBlank());
    }
}
