package com.customeraccounts.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class StoresTest {

    private static final Website ADMIN_WEBSITE = new Website(WebsiteId.ADMIN, "admin", "Admin", 0);
    private static final Website BASE = new Website(WebsiteId.of(1), "base", "Main Website", 1);
    private static final StoreGroup ADMIN_GROUP =
            new StoreGroup(0, WebsiteId.ADMIN, 0, StoreId.ADMIN, "Default", "default");
    private static final StoreGroup MAIN_GROUP =
            new StoreGroup(1, WebsiteId.of(1), 2, StoreId.of(1), "Main Website Store", "main_website_store");
    private static final StoreView ADMIN_VIEW =
            new StoreView(StoreId.ADMIN, "admin", "Admin", WebsiteId.ADMIN, 0, true);
    private static final StoreView DEFAULT_VIEW =
            new StoreView(StoreId.of(1), "default", "Default Store View", WebsiteId.of(1), 1, true);

    private final Stores stores = Stores.magentoDefault();

    @Test
    void servesTheDefaultStoreViewOfTheBaseWebsiteByDefault() {
        StoreView view = stores.defaultStoreView();

        assertThat(view.id()).isEqualTo(StoreId.of(1));
        assertThat(view.code()).isEqualTo("default");
        assertThat(view.name()).isEqualTo("Default Store View");
        assertThat(view.websiteId()).isEqualTo(WebsiteId.of(1));
        assertThat(view.isAdmin()).isFalse();

        Website website = stores.websiteOf(view);
        assertThat(website.id()).isEqualTo(WebsiteId.of(1));
        assertThat(website.code()).isEqualTo("base");
        assertThat(stores.defaultWebsite()).isEqualTo(website);
        assertThat(stores.belongsTo(view, website)).isTrue();
    }

    @Test
    void findsStoreViewsByCodeAndById() {
        assertThat(stores.storeView("default")).contains(DEFAULT_VIEW);
        assertThat(stores.storeView(StoreId.of(1))).contains(DEFAULT_VIEW);
        assertThat(stores.storeView("admin"))
                .hasValueSatisfying(view -> assertThat(view.isAdmin()).isTrue());
        assertThat(stores.website(WebsiteId.of(1))).contains(BASE);
    }

    @Test
    void hasNoStoreViewCalledAll() {
        assertThat(stores.storeView(StoreView.ALL_CODE)).isEmpty();
    }

    @Test
    void findsNothingForUnknownIdsAndCodes() {
        assertThat(stores.storeView("french")).isEmpty();
        assertThat(stores.storeView(StoreId.of(42))).isEmpty();
        assertThat(stores.website(WebsiteId.of(42))).isEmpty();
    }

    @Test
    void listsItsHierarchyInIdOrderIncludingTheAdminScope() {
        assertThat(stores.websites()).extracting(Website::code).containsExactly("admin", "base");
        assertThat(stores.storeGroups()).extracting(StoreGroup::code).containsExactly("default", "main_website_store");
        assertThat(stores.storeViews()).extracting(StoreView::code).containsExactly("admin", "default");
    }

    @Test
    void knowsTheAdminStoreViewIsNotInTheBaseWebsite() {
        assertThat(stores.belongsTo(stores.storeView(StoreId.ADMIN).orElseThrow(), BASE))
                .isFalse();
    }

    @Test
    void refusesAStoreViewWhoseWebsiteIsMissing() {
        StoreView orphan = new StoreView(StoreId.of(2), "orphan", "Orphan", WebsiteId.of(9), 1, true);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Stores(
                        List.of(ADMIN_WEBSITE, BASE), List.of(ADMIN_GROUP, MAIN_GROUP),
                        List.of(ADMIN_VIEW, DEFAULT_VIEW, orphan), WebsiteId.of(1)));
    }

    @Test
    void refusesADefaultWebsiteThatDoesNotExist() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Stores(
                        List.of(ADMIN_WEBSITE, BASE),
                        List.of(ADMIN_GROUP, MAIN_GROUP),
                        List.of(ADMIN_VIEW, DEFAULT_VIEW),
                        WebsiteId.of(7)));
    }

    @Test
    void refusesTwoStoreViewsWithTheSameCode() {
        StoreView duplicate = new StoreView(StoreId.of(2), "default", "Another", WebsiteId.of(1), 1, true);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Stores(
                        List.of(ADMIN_WEBSITE, BASE), List.of(ADMIN_GROUP, MAIN_GROUP),
                        List.of(ADMIN_VIEW, DEFAULT_VIEW, duplicate), WebsiteId.of(1)));
    }

    @Test
    void refusesAHierarchyWithoutTheAdminScope() {
        Website only = new Website(WebsiteId.of(1), "base", "Main Website", 1);
        StoreGroup group =
                new StoreGroup(1, WebsiteId.of(1), 2, StoreId.of(1), "Main Website Store", "main_website_store");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Stores(List.of(only), List.of(group), List.of(DEFAULT_VIEW), WebsiteId.of(1)));
    }
}
