package com.customeraccounts.migration.pull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A {@code customer_entity} row with its addresses (by id) and its {@code newsletter_subscriber} status, as
 * Magento keeps them; timestamps in UTC.
 *
 * @param subscriberStatus the customer's newsletter status, {@code null} when Magento has no subscriber row
 * @param tokensRevokedBefore {@code jwt_auth_revoked.revoke_before} of the customer: Magento refuses the
 *                            customer's tokens issued at or before it; {@code null} when there is none
 */
public record MagentoCustomer(
        long id,
        Integer websiteId,
        Integer storeId,
        int groupId,
        String email,
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
        String confirmation,
        int disableAutoGroupChange,
        Long defaultBilling,
        Long defaultShipping,
        Integer subscriberStatus,
        int failuresNum,
        Instant firstFailure,
        Instant lockExpires,
        Instant tokensRevokedBefore,
        List<MagentoAddress> addresses) {

    public MagentoCustomer {
        addresses = List.copyOf(addresses);
    }
}
