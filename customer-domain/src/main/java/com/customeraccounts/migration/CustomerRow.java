package com.customeraccounts.migration;

import com.customeraccounts.store.ShareScope;
import com.customeraccounts.store.StoreId;
import com.customeraccounts.store.WebsiteId;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One {@code customer_entity} row as the service stores it, for writers that bypass the aggregate: the email
 * with its lower-case {@code emailKey} and the {@code shareScope} it is unique in, the confirmation key and
 * reset token as their SHA-256 hashes, timestamps as UTC wall-clock time.
 */
public record CustomerRow(
        long id,
        WebsiteId websiteId,
        StoreId storeId,
        int groupId,
        String email,
        String emailKey,
        ShareScope shareScope,
        String prefix,
        String firstname,
        String middlename,
        String lastname,
        String suffix,
        LocalDate dob,
        Integer gender,
        String taxvat,
        LocalDateTime createdAt,
        LocalDateTime updatedAt,
        String createdIn,
        String passwordHash,
        String confirmationHash,
        String resetTokenHash,
        LocalDateTime resetTokenCreatedAt,
        int disableAutoGroupChange,
        Long defaultBilling,
        Long defaultShipping,
        Integer subscriberStatus,
        int failuresNum,
        LocalDateTime firstFailure,
        LocalDateTime lockExpires) {

    public CustomerRow {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(emailKey, "emailKey");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public CustomerRow withDefaults(Long billing, Long shipping) {
        return new CustomerRow(
                id,
                websiteId,
                storeId,
                groupId,
                email,
                emailKey,
                shareScope,
                prefix,
                firstname,
                middlename,
                lastname,
                suffix,
                dob,
                gender,
                taxvat,
                createdAt,
                updatedAt,
                createdIn,
                passwordHash,
                confirmationHash,
                resetTokenHash,
                resetTokenCreatedAt,
                disableAutoGroupChange,
                billing,
                shipping,
                subscriberStatus,
                failuresNum,
                firstFailure,
                lockExpires);
    }
}
