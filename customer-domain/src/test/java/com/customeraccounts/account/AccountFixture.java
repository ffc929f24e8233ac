package com.customeraccounts.account;

import com.customeraccounts.directory.Country;
import com.customeraccounts.directory.Directory;
import com.customeraccounts.directory.Region;
import com.customeraccounts.store.StoreGroup;
import com.customeraccounts.store.StoreView;
import com.customeraccounts.store.Stores;
import com.customeraccounts.store.Website;

import java.util.List;

/** The world a use case of the account runs in, as Magento seeds it plus a second website. */
final class AccountFixture {

    private AccountFixture() {
    }

    /** Magento's admin website and main website (1, the default), and a second one (2), each with a store view. */
    static Stores twoWebsites() {
        return new Stores(
                List.of(new Website(0, "admin", "Admin", 0),
                        new Website(1, "base", "Main Website", 1),
                        new Website(2, "second", "Second Website", 2)),
                List.of(new StoreGroup(0, 0, 0, 0, "Default", "default"),
                        new StoreGroup(1, 1, 2, 1, "Main Website Store", "main_website_store"),
                        new StoreGroup(2, 2, 2, 2, "Second Website Store", "second_website_store")),
                List.of(new StoreView(0, "admin", "Admin", 0, 0, true),
                        new StoreView(1, "default", "Default Store View", 1, 1, true),
                        new StoreView(2, "second_view", "Second Store View", 2, 2, true)),
                1);
    }

    /** The US, Great Britain and Germany, and two of the US regions (Alabama, New York: 43). */
    static Directory directory() {
        return new Directory(
                List.of(new Country("US", "US", "USA"), new Country("GB", "GB", "GBR"),
                        new Country("DE", "DE", "DEU")),
                List.of(new Region(1, "US", "AL", "Alabama"), new Region(43, "US", "NY", "New York")));
    }
}
