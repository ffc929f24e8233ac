package com.customeraccounts.migration;

import java.util.Objects;

/**
 * One {@code customer_address_entity} row as the service stores it: {@code position} orders a customer's
 * addresses, {@code street} holds the lines joined by newlines, and the region is a directory region (its id,
 * code and name) or, with {@code regionId} 0, free text.
 */
public record AddressRow(
        long id,
        long customerId,
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
        String vatId) {

    public AddressRow {
        Objects.requireNonNull(countryId, "countryId");
        Objects.requireNonNull(street, "street");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(firstname, "firstname");
        Objects.requireNonNull(lastname, "lastname");
    }
}
