package com.customeraccounts.migration.pull;

import java.util.Map;

/**
 * An address as this service stores it, keeping Magento's entity id; {@code position} orders a customer's;
 * {@code attributes} are the values of its declared attributes.
 */
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
        String vatId,
        Map<String, String> attributes) {

    public PulledAddress {
        attributes = Map.copyOf(attributes);
    }
}
