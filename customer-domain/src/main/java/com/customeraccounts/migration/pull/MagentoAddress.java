package com.customeraccounts.migration.pull;

/** A {@code customer_address_entity} row, as Magento keeps it. */
public record MagentoAddress(
        long id,
        String countryId,
        Integer regionId,
        String region,
        String street,
        String company,
        String telephone,
        String fax,
        String postcode,
        String city,
        String firstname,
        String lastname,
        String middlename,
        String prefix,
        String suffix,
        String vatId) {}
