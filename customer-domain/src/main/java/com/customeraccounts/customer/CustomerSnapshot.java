package com.customeraccounts.customer;

import com.customeraccounts.store.ShareScope;
import com.customeraccounts.store.StoreId;
import com.customeraccounts.store.WebsiteId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a {@link Customer} holds, for storing and restoring it. Secrets appear only as hashes.
 *
 * @param shareScope the account-sharing scope the email is unique in
 * @param customAttributes the values of its declared attributes
 */
public record CustomerSnapshot(
        CustomerId id,
        WebsiteId websiteId,
        StoreId storeId,
        GroupId groupId,
        EmailAddress email,
        PersonName name,
        LocalDate dob,
        Integer gender,
        String taxvat,
        Instant createdAt,
        Instant updatedAt,
        String createdIn,
        String passwordHash,
        String confirmationHash,
        String resetTokenHash,
        Instant resetTokenCreatedAt,
        int disableAutoGroupChange,
        AddressId defaultBilling,
        AddressId defaultShipping,
        List<Address> addresses,
        NewsletterStatus newsletterStatus,
        ShareScope shareScope,
        Lockout lockout,
        AttributeValues customAttributes) {

    public CustomerSnapshot {
        addresses = List.copyOf(addresses);
        lockout = lockout == null ? Lockout.NONE : lockout;
        customAttributes = customAttributes == null ? AttributeValues.NONE : customAttributes;
    }

    /** Failed sign-ins counted since {@code firstFailure}, and until when the account is locked. */
    public record Lockout(int failures, Instant firstFailure, Instant lockExpires) {

        public static final Lockout NONE = new Lockout(0, null, null);
    }
}
