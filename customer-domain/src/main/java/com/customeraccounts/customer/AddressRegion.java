package com.customeraccounts.customer;

/**
 * An address's region: a directory region (id, code and name) or, for a country without a region list,
 * free text in {@code name} with id 0.
 */
public record AddressRegion(int regionId, String code, String name) {

    public static final AddressRegion NONE = new AddressRegion(0, null, null);
}
