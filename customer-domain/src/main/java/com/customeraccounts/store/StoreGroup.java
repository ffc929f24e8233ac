package com.customeraccounts.store;

import java.util.Objects;

/** A Magento store group ("store"): belongs to a website and names its default store view. */
public record StoreGroup(
        int id, WebsiteId websiteId, int rootCategoryId, StoreId defaultStoreId, String name, String code) {

    public StoreGroup {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(code, "code");
    }
}
