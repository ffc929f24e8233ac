package com.customeraccounts.customer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer account: the root of the customer aggregate.
 *
 * <p>Life cycle. A customer is {@linkplain #register registered} in one website and store view, with or
 * without a password, and with zero or more addresses, any of which may be its default billing or
 * shipping address. When the website requires email confirmation it starts <em>unconfirmed</em>
 * (a confirmation key is pending) and may not sign in until it is confirmed. Registration also issues a
 * reset-password token, the "set your password" link of the welcome email. Only hashes of the password,
 * the token and the key are kept.
 */
public final class Customer {

    private CustomerSnapshot state;

    private Customer(CustomerSnapshot state) {
        this.state = Objects.requireNonNull(state, "state");
    }

    /** What a registration decided; the use case has checked every rule before. */
    public record Registration(CustomerId id, int websiteId, int storeId, String createdIn, GroupId groupId,
                               int shareScope, EmailAddress email, PersonName name, LocalDate dob, Integer gender,
                               String taxvat, String passwordHash, SecretToken confirmationKey,
                               int disableAutoGroupChange, List<NewAddress> addresses,
                               NewsletterStatus newsletterStatus) {
    }

    /** A new address and whether it becomes a default one. */
    public record NewAddress(Address address, boolean defaultBilling, boolean defaultShipping) {
    }

    /**
     * Registers a new customer. When several addresses claim to be the default, the last one wins, as in
     * Magento.
     */
    public static Customer register(Registration r, SecretToken resetToken, Instant now) {
        AddressId billing = null;
        AddressId shipping = null;
        for (NewAddress a : r.addresses()) {
            if (a.defaultBilling()) {
                billing = a.address().id();
            }
            if (a.defaultShipping()) {
                shipping = a.address().id();
            }
        }
        List<Address> addresses = r.addresses().stream().map(NewAddress::address).toList();
        String confirmationHash = r.confirmationKey() == null ? null : r.confirmationKey().hash();
        return new Customer(new CustomerSnapshot(r.id(), r.websiteId(), r.storeId(), r.groupId(), r.email(),
                r.name(), r.dob(), r.gender(), r.taxvat(), now, now, r.createdIn(), r.passwordHash(),
                confirmationHash, resetToken.hash(), now, r.disableAutoGroupChange(), billing, shipping, addresses,
                r.newsletterStatus(), r.shareScope()));
    }

    public static Customer restore(CustomerSnapshot snapshot) {
        return new Customer(snapshot);
    }

    public CustomerSnapshot snapshot() {
        return state;
    }

    public CustomerId id() {
        return state.id();
    }

    public EmailAddress email() {
        return state.email();
    }

    public PersonName name() {
        return state.name();
    }

    public int websiteId() {
        return state.websiteId();
    }

    public int storeId() {
        return state.storeId();
    }

    public boolean hasPassword() {
        return state.passwordHash() != null;
    }

    /** Unconfirmed while a confirmation key is pending. */
    public boolean isConfirmed() {
        return state.confirmationHash() == null;
    }

    public List<Address> addresses() {
        return state.addresses();
    }

    public Optional<AddressId> defaultBilling() {
        return Optional.ofNullable(state.defaultBilling());
    }

    public Optional<AddressId> defaultShipping() {
        return Optional.ofNullable(state.defaultShipping());
    }

    /** Magento's {@code is_subscribed}: only an active subscription counts. */
    public boolean isSubscribed() {
        return state.newsletterStatus() == NewsletterStatus.SUBSCRIBED;
    }
}
