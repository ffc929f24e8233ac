package com.customeraccounts.account;

import com.customeraccounts.directory.Country;
import com.customeraccounts.directory.Directory;
import com.customeraccounts.directory.Region;
import com.customeraccounts.store.StoreGroup;
import com.customeraccounts.store.StoreId;
import com.customeraccounts.store.StoreView;
import com.customeraccounts.store.Stores;
import com.customeraccounts.store.Website;
import com.customeraccounts.store.WebsiteId;
import java.util.List;

/** The world a use case of the account runs in, as Magento seeds it plus a second website. */
final class AccountFixture {

    private AccountFixture() {}

    /** Magento's admin website and main website (1, the default), and a second one (2), each with a store view. */
    static Stores twoWebsites() {
        return new Stores(
                List.of(
                        new Website(WebsiteId.ADMIN, "admin", "Admin", 0),
                        new Website(WebsiteId.of(1), "base", "Main Website", 1),
                        new Website(WebsiteId.of(2), "second", "Second Website", 2)),
                List.of(
                        new StoreGroup(0, WebsiteId.ADMIN, 0, StoreId.ADMIN, "Default", "default"),
                        new StoreGroup(
                                1, WebsiteId.of(1), 2, StoreId.of(1), "Main Website Store", "main_website_store"),
                        new StoreGroup(
                                2, WebsiteId.of(2), 2, StoreId.of(2), "Second Website Store", "second_website_store")),
                List.of(
                        new StoreView(StoreId.ADMIN, "admin", "Admin", WebsiteId.ADMIN, 0, true),
                        new StoreView(StoreId.of(1), "default", "Default Store View", WebsiteId.of(1), 1, true),
                        new StoreView(StoreId.of(2), "second_view", "Second Store View", WebsiteId.of(2), 2, true)),
                WebsiteId.of(1));
    }

    /** The US, Great Britain and Germany, and two of the US regions (Alabama, New York: 43). */
    static Directory directory() {
        return new Directory(
                List.of(new Country("US", "US", "USA"), new Country("GB", "GB", "GBR"), new Country("DE", "DE", "DEU")),
                List.of(new Region(1, "US", "AL", "Alabama"), new Region(43, "US", "NY", "New York")));
    }
}
