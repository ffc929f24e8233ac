package com.customeraccounts.store;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StoresTest {

    private static final Website ADMIN_WEBSITE = new Website(0, "admin", "Admin", 0);
    private static final Website BASE = new Website(1, "base", "Main Website", 1);
    private static final StoreGroup ADMIN_GROUP = new StoreGroup(0, 0, 0, 0, "Default", "default");
    private static final StoreGroup MAIN_GROUP = new StoreGroup(1, 1, 2, 1, "Main Website Store", "main_website_store");
    private static final StoreView ADMIN_VIEW = new StoreView(0, "admin", "Admin", 0, 0, true);
    private static final StoreView DEFAULT_VIEW = new StoreView(1, "default", "Default Store View", 1, 1, true);

    private final Stores stores = Stores.magentoDefault();

    @Test
    void servesTheDefaultStoreViewOfTheBaseWebsiteByDefault() {
        StoreView view = stores.defaultStoreView();

        assertThat(view.id()).isEqualTo(1);
        assertThat(view.code()).isEqualTo("default");
        assertThat(view.name()).isEqualTo("Default Store View");
        assertThat(view.websiteId()).isEqualTo(1);
        assertThat(view.isAdmin()).isFalse();

        Website website = stores.websiteOf(view);
        assertThat(website.id()).isEqualTo(1);
        assertThat(website.code()).isEqualTo("base");
        assertThat(stores.defaultWebsite()).isEqualTo(website);
        assertThat(stores.belongsTo(view, website)).isTrue();
    }

    @Test
    void findsStoreViewsByCodeAndById() {
        assertThat(stores.storeView("default")).contains(DEFAULT_VIEW);
        assertThat(stores.storeView(1)).contains(DEFAULT_VIEW);
        assertThat(stores.storeView("admin")).hasValueSatisfying(view -> assertThat(view.isAdmin()).isTrue());
        assertThat(stores.website(1)).contains(BASE);
    }

    @Test
    void hasNoStoreViewCalledAll() {
        assertThat(stores.storeView(StoreView.ALL_CODE)).isEmpty();
    }

    @Test
    void findsNothingForUnknownIdsAndCodes() {
        assertThat(stores.storeView("french")).isEmpty();
        assertThat(stores.storeView(42)).isEmpty();
        assertThat(stores.website(42)).isEmpty();
    }

    @Test
    void listsItsHierarchyInIdOrderIncludingTheAdminScope() {
        assertThat(stores.websites()).extracting(Website::code).containsExactly("admin", "base");
        assertThat(stores.storeGroups()).extracting(StoreGroup::code).containsExactly("default", "main_website_store");
        assertThat(stores.storeViews()).extracting(StoreView::code).containsExactly("admin", "default");
    }

    @Test
    void knowsTheAdminStoreViewIsNotInTheBaseWebsite() {
        assertThat(stores.belongsTo(stores.storeView(0).orElseThrow(), BASE)).isFalse();
    }

    @Test
    void refusesAStoreViewWhoseWebsiteIsMissing() {
        StoreView orphan = new StoreView(2, "orphan", "Orphan", 9, 1, true);

        assertThatIllegalArgumentException().isThrownBy(() -> new Stores(
                List.of(ADMIN_WEBSITE, BASE), List.of(ADMIN_GROUP, MAIN_GROUP),
                List.of(ADMIN_VIEW, DEFAULT_VIEW, orphan), 1));
    }

    @Test
    void refusesADefaultWebsiteThatDoesNotExist() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Stores(
                List.of(ADMIN_WEBSITE, BASE), List.of(ADMIN_GROUP, MAIN_GROUP), List.of(ADMIN_VIEW, DEFAULT_VIEW), 7));
    }

    @Test
    void refusesTwoStoreViewsWithTheSameCode() {
        StoreView duplicate = new StoreView(2, "default", "Another", 1, 1, true);

        assertThatIllegalArgumentException().isThrownBy(() -> new Stores(
                List.of(ADMIN_WEBSITE, BASE), List.of(ADMIN_GROUP, MAIN_GROUP),
                List.of(ADMIN_VIEW, DEFAULT_VIEW, duplicate), 1));
    }

    @Test
    void refusesAHierarchyWithoutTheAdminScope() {
        Website only = new Website(1, "base", "Main Website", 1);
        StoreGroup group = new StoreGroup(1, 1, 2, 1, "Main Website Store", "main_website_store");

        assertThatIllegalArgumentException().isThrownBy(() -> new Stores(
                List.of(only), List.of(group), List.of(DEFAULT_VIEW), 1));
    }
}
