package com.customeraccounts.customer;

import java.util.List;
import java.util.Objects;

/** One of a customer's addresses, as Magento's {@code customer_address_entity} holds it. */
public record Address(
        AddressId id,
        String countryId,
        AddressRegion region,
        List<String> street,
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
        AttributeValues customAttributes) {

    public Address {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(countryId, "countryId");
        Objects.requireNonNull(region, "region");
        street = List.copyOf(street);
        customAttributes = customAttributes == null ? AttributeValues.NONE : customAttributes;
    }
}
