package com.customeraccounts.customer;

import com.customeraccounts.store.ShareScope;
import com.customeraccounts.store.StoreId;
import com.customeraccounts.store.WebsiteId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A copy of a {@link Customer}'s state being changed, field group by named field group, so that a change
 * says what it touches and keeps the rest; {@link #snapshot()} is the only place the state is assembled.
 */
final class CustomerChange {

    private final CustomerSnapshot from;
    private WebsiteId websiteId;
    private StoreId storeId;
    private ShareScope shareScope;
    private GroupId groupId;
    private EmailAddress email;
    private PersonName name;
    private LocalDate dob;
    private Integer gender;
    private String taxvat;
    private Instant updatedAt;
    private String passwordHash;
    private String confirmationHash;
    private String resetTokenHash;
    private Instant resetTokenCreatedAt;
    private int disableAutoGroupChange;
    private AddressId defaultBilling;
    private AddressId defaultShipping;
    private List<Address> addresses;
    private NewsletterStatus newsletterStatus;
    private CustomerSnapshot.Lockout lockout;
    private AttributeValues customAttributes;

    CustomerChange(CustomerSnapshot from) {
        this.from = from;
        websiteId = from.websiteId();
        storeId = from.storeId();
        shareScope = from.shareScope();
        groupId = from.groupId();
        email = from.email();
        name = from.name();
        dob = from.dob();
        gender = from.gender();
        taxvat = from.taxvat();
        updatedAt = from.updatedAt();
        passwordHash = from.passwordHash();
        confirmationHash = from.confirmationHash();
        resetTokenHash = from.resetTokenHash();
        resetTokenCreatedAt = from.resetTokenCreatedAt();
        disableAutoGroupChange = from.disableAutoGroupChange();
        defaultBilling = from.defaultBilling();
        defaultShipping = from.defaultShipping();
        addresses = from.addresses();
        newsletterStatus = from.newsletterStatus();
        lockout = from.lockout();
        customAttributes = from.customAttributes();
    }

    CustomerChange scope(WebsiteId websiteId, StoreId storeId, ShareScope shareScope) {
        this.websiteId = websiteId;
        this.storeId = storeId;
        this.shareScope = shareScope;
        return this;
    }

    CustomerChange group(GroupId groupId) {
        this.groupId = groupId;
        return this;
    }

    CustomerChange email(EmailAddress email) {
        this.email = email;
        return this;
    }

    CustomerChange person(PersonName name, LocalDate dob, Integer gender, String taxvat) {
        this.name = name;
        this.dob = dob;
        this.gender = gender;
        this.taxvat = taxvat;
        return this;
    }

    CustomerChange disableAutoGroupChange(int disableAutoGroupChange) {
        this.disableAutoGroupChange = disableAutoGroupChange;
        return this;
    }

    CustomerChange addresses(List<Address> addresses, AddressId defaultBilling, AddressId defaultShipping) {
        this.addresses = addresses;
        this.defaultBilling = defaultBilling;
        this.defaultShipping = defaultShipping;
        return this;
    }

    CustomerChange newsletter(NewsletterStatus newsletterStatus) {
        this.newsletterStatus = newsletterStatus;
        return this;
    }

    CustomerChange passwordHash(String passwordHash) {
        this.passwordHash = passwordHash;
        return this;
    }

    CustomerChange confirmationHash(String confirmationHash) {
        this.confirmationHash = confirmationHash;
        return this;
    }

    CustomerChange resetToken(String hash, Instant createdAt) {
        this.resetTokenHash = hash;
        this.resetTokenCreatedAt = createdAt;
        return this;
    }

    CustomerChange lockout(CustomerSnapshot.Lockout lockout) {
        this.lockout = lockout;
        return this;
    }

    CustomerChange customAttributes(AttributeValues customAttributes) {
        this.customAttributes = customAttributes;
        return this;
    }

    CustomerChange updatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
        return this;
    }

    CustomerSnapshot snapshot() {
        return new CustomerSnapshot(
                from.id(),
                websiteId,
                storeId,
                groupId,
                email,
                name,
                dob,
                gender,
                taxvat,
                from.createdAt(),
                updatedAt,
                from.createdIn(),
                passwordHash,
                confirmationHash,
                resetTokenHash,
                resetTokenCreatedAt,
                disableAutoGroupChange,
                defaultBilling,
                defaultShipping,
                addresses,
                newsletterStatus,
                shareScope,
                lockout,
                customAttributes);
    }
}
