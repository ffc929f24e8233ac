package com.customeraccounts.store;

import java.util.Objects;

/** A Magento store view, addressed by its code in REST paths ({@code /rest/<code>/V1/...}). */
public record StoreView(StoreId id, String code, String name, WebsiteId websiteId, int storeGroupId, boolean active) {

    public static final String ADMIN_CODE = "admin";
    /** The path alias Magento uses for the admin store view. */
    public static final String ALL_CODE = "all";

    public StoreView {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }

    public boolean isAdmin() {
        return id.isAdmin();
    }
}
