package com.customeraccounts.customer;

import com.customeraccounts.store.ShareScope;
import com.customeraccounts.store.StoreId;
import com.customeraccounts.store.WebsiteId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A customer account: the root of the customer aggregate.
 *
 * <p>Life cycle. A customer is {@linkplain #register registered} in one website and store view, with or
 * without a password, and with zero or more addresses, any of which may be its default billing or
 * shipping address. When the website requires email confirmation it starts <em>unconfirmed</em>
 * (a confirmation key is pending, {@linkplain #renewConfirmationKey renewed} when the email is sent again)
 * and may not sign in until it is {@linkplain #confirm confirmed}. Registration also issues a
 * reset-password token, the "set your password" link of the welcome email; a forgotten password
 * {@linkplain #issueResetToken issues} another, which works until it expires or the password
 * {@linkplain #changePassword changes}. Only hashes of the password, the token and the key are kept.
 *
 * <p>Its details and addresses {@linkplain #changeDetails change} as a whole, checked by the use case
 * first; one address can be {@linkplain #removeAddress removed}. Failed sign-ins are
 * {@linkplain #recordFailedSignIn counted}; enough of them within the lockout threshold lock the account
 * for that long, and a successful sign-in or a new password clears the count. A hash brought over from
 * Magento is {@linkplain #rehashPassword rehashed} at the first sign-in. The customer ends when the
 * repository deletes it, with its addresses.
 *
 * <p>Every change replaces the state as a whole (copy on write), so a {@link #snapshot()} handed out never
 * changes under its reader. Two customers are equal when their ids are.
 */
public final class Customer {

    private CustomerSnapshot state;

    private Customer(CustomerSnapshot state) {
        this.state = Objects.requireNonNull(state, "state");
    }

    /** What a registration decided; the use case has checked every rule before. */
    public record Registration(
            CustomerId id,
            WebsiteId websiteId,
            StoreId storeId,
            String createdIn,
            GroupId groupId,
            ShareScope shareScope,
            EmailAddress email,
            PersonName name,
            LocalDate dob,
            Integer gender,
            String taxvat,
            String passwordHash,
            SecretToken confirmationKey,
            int disableAutoGroupChange,
            List<NewAddress> addresses,
            NewsletterStatus newsletterStatus,
            AttributeValues customAttributes) {}

    /** A new address and whether it becomes a default one. */
    public record NewAddress(Address address, boolean defaultBilling, boolean defaultShipping) {}

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
        List<Address> addresses =
                r.addresses().stream().map(NewAddress::address).toList();
        String confirmationHash =
                r.confirmationKey() == null ? null : r.confirmationKey().hash();
        return new Customer(new CustomerSnapshot(
                r.id(),
                r.websiteId(),
                r.storeId(),
                r.groupId(),
                r.email(),
                r.name(),
                r.dob(),
                r.gender(),
                r.taxvat(),
                now,
                now,
                r.createdIn(),
                r.passwordHash(),
                confirmationHash,
                resetToken.hash(),
                now,
                r.disableAutoGroupChange(),
                billing,
                shipping,
                addresses,
                r.newsletterStatus(),
                r.shareScope(),
                CustomerSnapshot.Lockout.NONE,
                r.customAttributes()));
    }

    /** New details for an existing customer; addresses {@code null} keeps the current ones. */
    public record Details(
            WebsiteId websiteId,
            StoreId storeId,
            GroupId groupId,
            EmailAddress email,
            PersonName name,
            LocalDate dob,
            Integer gender,
            String taxvat,
            int disableAutoGroupChange,
            List<NewAddress> addresses,
            NewsletterStatus newsletterStatus,
            ShareScope shareScope,
            AttributeValues customAttributes) {}

    /** Replaces the customer's details; a sent address list replaces the set and decides the defaults. */
    public void changeDetails(Details d, Instant now) {
        CustomerSnapshot s = state;
        List<Address> addresses = s.addresses();
        AddressId billing = s.defaultBilling();
        AddressId shipping = s.defaultShipping();
        if (d.addresses() != null) {
            addresses = d.addresses().stream().map(NewAddress::address).toList();
            billing = null;
            shipping = null;
            for (NewAddress a : d.addresses()) {
                if (a.defaultBilling()) {
                    billing = a.address().id();
                }
                if (a.defaultShipping()) {
                    shipping = a.address().id();
                }
            }
            billing = defaultAfterReplacement(billing, s.defaultBilling(), addresses);
            shipping = defaultAfterReplacement(shipping, s.defaultShipping(), addresses);
        }
        List<Address> kept = addresses;
        AddressId keptBilling = billing;
        AddressId keptShipping = shipping;
        change(c -> c.scope(d.websiteId(), d.storeId(), d.shareScope())
                .group(d.groupId())
                .email(d.email())
                .person(d.name(), d.dob(), d.gender(), d.taxvat())
                .disableAutoGroupChange(d.disableAutoGroupChange())
                .addresses(kept, keptBilling, keptShipping)
                .newsletter(d.newsletterStatus())
                .customAttributes(d.customAttributes())
                .updatedAt(now));
    }

    /** A default that no sent address claims stays, if its address is still there. */
    private static AddressId defaultAfterReplacement(AddressId claimed, AddressId previous, List<Address> addresses) {
        if (claimed != null) {
            return claimed;
        }
        return previous != null && addresses.stream().anyMatch(a -> a.id().equals(previous)) ? previous : null;
    }

    /** Removes one address, and the defaults that pointed at it. */
    public void removeAddress(AddressId id, Instant now) {
        CustomerSnapshot s = state;
        change(c -> c.addresses(
                        s.addresses().stream().filter(a -> !a.id().equals(id)).toList(),
                        id.equals(s.defaultBilling()) ? null : s.defaultBilling(),
                        id.equals(s.defaultShipping()) ? null : s.defaultShipping())
                .updatedAt(now));
    }

    static final String ALREADY_ACTIVE = "The account is already active.";
    static final String INVALID_CONFIRMATION = "The confirmation token is invalid. Verify the token and try again.";
    static final String TOKEN_MISMATCHED = "The password token is mismatched. Reset and try again.";
    static final String TOKEN_EXPIRED = "The password token is expired. Reset and try again.";

    /**
     * Confirms the account with the key from its confirmation email.
     *
     * @throws com.customeraccounts.error.InputException when it is already active or the key is wrong
     */
    public void confirm(String key, Instant now) {
        if (state.confirmationHash() == null) {
            throw com.customeraccounts.error.InputException.of(ALREADY_ACTIVE);
        }
        if (key == null || !SecretToken.sha256(key).equals(state.confirmationHash())) {
            throw com.customeraccounts.error.InputException.of(INVALID_CONFIRMATION);
        }
        change(c -> c.confirmationHash(null).updatedAt(now));
    }

    /** A new confirmation key replaces the pending one (only hashes are kept, so a key is never sent twice). */
    public void renewConfirmationKey(SecretToken key, Instant now) {
        change(c -> c.confirmationHash(key.hash()).updatedAt(now));
    }

    /** Issues a reset-password token; the previous one stops working. */
    public void issueResetToken(SecretToken token, Instant now) {
        change(c -> c.resetToken(token.hash(), now));
    }

    /**
     * @throws com.customeraccounts.error.InputException when the token is not this customer's current one,
     *                                                   or is older than {@code validity} (or dated ahead)
     */
    public void checkResetToken(String token, Instant now, Duration validity) {
        if (state.resetTokenHash() == null
                || token == null
                || !SecretToken.sha256(token).equals(state.resetTokenHash())) {
            throw com.customeraccounts.error.InputException.of(TOKEN_MISMATCHED);
        }
        Instant issued = state.resetTokenCreatedAt();
        if (issued == null
                || issued.isAfter(now)
                || Duration.between(issued, now).compareTo(validity) > 0) {
            throw com.customeraccounts.error.InputException.of(TOKEN_EXPIRED);
        }
    }

    /** Sets a new password hash; the reset token is used up and the sign-in failures forgotten. */
    public void changePassword(String passwordHash, Instant now) {
        change(c -> c.passwordHash(passwordHash)
                .resetToken(null, null)
                .lockout(CustomerSnapshot.Lockout.NONE)
                .updatedAt(now));
    }

    /**
     * The same password, hashed anew (a hash brought over from Magento replaced by this service's own):
     * nothing else changes, not even {@code updated_at}.
     */
    public void rehashPassword(String passwordHash) {
        change(c -> c.passwordHash(passwordHash));
    }

    /** Copy on write: a change is made on a copy of the state, which then replaces it as a whole. */
    private void change(UnaryOperator<CustomerChange> change) {
        state = change.apply(new CustomerChange(state)).snapshot();
    }

    public boolean isLocked(Instant now) {
        Instant until = state.lockout().lockExpires();
        return until != null && until.isAfter(now);
    }

    /**
     * Magento's {@code Authentication::processAuthenticationFailure}: the first failure, or one after the
     * threshold has passed since the first, starts a new count; reaching {@code maxFailures} locks the
     * account for the threshold.
     */
    public void recordFailedSignIn(Instant now, int maxFailures, Duration threshold) {
        CustomerSnapshot.Lockout lockout = state.lockout();
        int failures = lockout.failures() + 1;
        Instant first = lockout.firstFailure();
        Instant lockExpires = lockout.lockExpires();
        if (failures == 1 || first == null || Duration.between(first, now).compareTo(threshold) > 0) {
            failures = 1;
            first = now;
            lockExpires = null;
        } else if (maxFailures > 0 && failures >= maxFailures) {
            lockExpires = now.plus(threshold);
        }
        withLockout(new CustomerSnapshot.Lockout(failures, first, lockExpires));
    }

    public boolean hasFailedSignIns() {
        return !state.lockout().equals(CustomerSnapshot.Lockout.NONE);
    }

    public void recordSuccessfulSignIn() {
        withLockout(CustomerSnapshot.Lockout.NONE);
    }

    private void withLockout(CustomerSnapshot.Lockout lockout) {
        change(c -> c.lockout(lockout));
    }

    public String passwordHash() {
        return state.passwordHash();
    }

    public GroupId groupId() {
        return state.groupId();
    }

    public NewsletterStatus newsletterStatus() {
        return state.newsletterStatus();
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

    public WebsiteId websiteId() {
        return state.websiteId();
    }

    public StoreId storeId() {
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

    public Optional<Address> address(AddressId id) {
        return addresses().stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Optional<Address> defaultBillingAddress() {
        return defaultBilling().flatMap(this::address);
    }

    public Optional<Address> defaultShippingAddress() {
        return defaultShipping().flatMap(this::address);
    }

    /** Magento's {@code is_subscribed}: only an active subscription counts. */
    public boolean isSubscribed() {
        return state.newsletterStatus() == NewsletterStatus.SUBSCRIBED;
    }

    /** A customer is who it is: two objects with the same id are the same customer, whatever their state. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Customer that && id().equals(that.id());
    }

    @Override
    public int hashCode() {
        return id().hashCode();
    }

    @Override
    public String toString() {
        return "Customer " + id().value();
    }
}
