package com.customeraccounts.config;

import com.customeraccounts.store.ShareScope;
import com.customeraccounts.store.Website;

/** {@code customer/account_share/scope}: 0 shares accounts across all websites, anything else per website. */
public enum AccountSharing {
    GLOBAL,
    PER_WEBSITE;

    public static AccountSharing configuredIn(StoreConfig config) {
        return config.intValue(ConfigPath.ACCOUNT_SHARE_SCOPE) == 0 ? GLOBAL : PER_WEBSITE;
    }

    public boolean isGlobal() {
        return this == GLOBAL;
    }

    /** The scope an email is unique in for a customer of this website. */
    public ShareScope scopeOf(Website website) {
        return isGlobal() ? ShareScope.GLOBAL : ShareScope.of(website.id());
    }
}
