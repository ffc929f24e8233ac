package com.customeraccounts.migration.pull;

import com.customeraccounts.store.ShareScope;
import com.customeraccounts.store.StoreId;
import com.customeraccounts.store.WebsiteId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A Magento customer as this service stores it: Magento's entity id, this service's website and store ids
 * (mapped by code), the email key and share scope of its uniqueness, the confirmation key's hash.
 * {@code tokensRevokedAt} is Magento's token revocation, if any, to be kept unless this service's is later.
 * {@code attributes} are the values of its declared attributes. {@code fingerprint} sums all of it up: a copy whose fingerprint has not changed is not written again.
 */
public record PulledCustomer(
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
        Instant createdAt,
        Instant updatedAt,
        String createdIn,
        String passwordHash,
        String confirmationHash,
        int disableAutoGroupChange,
        Long defaultBilling,
        Long defaultShipping,
        Integer subscriberStatus,
        int failuresNum,
        Instant firstFailure,
        Instant lockExpires,
        Instant tokensRevokedAt,
        List<PulledAddress> addresses,
        Map<String, String> attributes,
        String fingerprint) {

    public PulledCustomer {
        addresses = List.copyOf(addresses);
        attributes = Map.copyOf(attributes);
    }
}
