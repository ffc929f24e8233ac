package com.customeraccounts.migration.pull;

import java.util.Map;

/** Magento's website and store view codes by id ({@code store_website}, {@code store}). */
public record MagentoScopes(Map<Integer, String> websiteCodes, Map<Integer, String> storeCodes) {

    public MagentoScopes {
        websiteCodes = Map.copyOf(websiteCodes);
        storeCodes = Map.copyOf(storeCodes);
    }
}
