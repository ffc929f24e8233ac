package com.customeraccounts.migration.pull;

import java.util.Map;

/**
 * The values of Magento's own attributes for some customers and their addresses, as its EAV tables hold them
 * (an option's id, a multiselect's ids joined by commas, a date as {@code YYYY-MM-DD HH:MM:SS}): by entity id,
 * then by attribute code.
 */
public record MagentoAttributeValues(
        Map<Long, Map<String, String>> customers, Map<Long, Map<String, String>> addresses) {

    public static final MagentoAttributeValues NONE = new MagentoAttributeValues(Map.of(), Map.of());

    Map<String, String> ofCustomer(long id) {
        return customers.getOrDefault(id, Map.of());
    }

    Map<String, String> ofAddress(long id) {
        return addresses.getOrDefault(id, Map.of());
    }
}
