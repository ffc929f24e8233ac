package com.customeraccounts.migration.pull;

/** An address as this service stores it, keeping Magento's entity id; {@code position} orders a customer's. */
public record PulledAddress(
        long id,
        int position,
        String countryId,
        int regionId,
        String regionCode,
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
