package com.customeraccounts.store;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The configured store hierarchy, always including the admin website and store view (id 0). Immutable:
 * it is read once at start-up.
 */
public final class Stores {

    private final Map<Integer, Website> websites;
    private final Map<Integer, StoreGroup> groups;
    private final Map<Integer, StoreView> views;
    private final Map<String, StoreView> viewsByCode;
    private final Website defaultWebsite;

    /**
     * @param defaultWebsiteId the website whose default store view serves {@code /rest/V1/...}
     * @throws IllegalArgumentException when the hierarchy is inconsistent (a dangling id, a duplicate code)
     */
    public Stores(List<Website> websites, List<StoreGroup> groups, List<StoreView> views, int defaultWebsiteId) {
        this.websites = index(websites, Website::id);
        this.groups = index(groups, StoreGroup::id);
        this.views = index(views, StoreView::id);
        this.viewsByCode = index(views, StoreView::code);
        this.defaultWebsite = require(this.websites.get(defaultWebsiteId), "default website " + defaultWebsiteId);
        check();
    }

    private void check() {
        for (Website website : websites.values()) {
            require(groups.get(website.defaultGroupId()), "default group of website " + website.code());
        }
        for (StoreGroup group : groups.values()) {
            require(websites.get(group.websiteId()), "website of store group " + group.code());
            require(views.get(group.defaultStoreId()), "default store view of store group " + group.code());
        }
        for (StoreView view : views.values()) {
            require(websites.get(view.websiteId()), "website of store view " + view.code());
            require(groups.get(view.storeGroupId()), "store group of store view " + view.code());
        }
        if (!views.containsKey(0) || !websites.containsKey(0)) {
            throw new IllegalArgumentException("the admin website and store view (id 0) must exist");
        }
    }

    public Optional<Website> website(int id) {
        return Optional.ofNullable(websites.get(id));
    }

    public Optional<StoreView> storeView(int id) {
        return Optional.ofNullable(views.get(id));
    }

    public Optional<StoreView> storeView(String code) {
        return Optional.ofNullable(viewsByCode.get(code));
    }

    public Website defaultWebsite() {
        return defaultWebsite;
    }

    /** The store view that {@code /rest/V1/...} runs in. */
    public StoreView defaultStoreView() {
        return defaultStoreViewOf(defaultWebsite);
    }

    public StoreView defaultStoreViewOf(Website website) {
        StoreGroup group = groups.get(website.defaultGroupId());
        return views.get(group.defaultStoreId());
    }

    public StoreGroup groupOf(StoreView view) {
        return groups.get(view.storeGroupId());
    }

    /**
     * The website a request made through this store view works in: the admin store view ({@code all})
     * belongs to no customer website, so it works in the default one.
     */
    public Website requestWebsite(StoreView view) {
        return websiteOf(view.isAdmin() ? defaultStoreView() : view);
    }

    public Website websiteOf(StoreView view) {
        return websites.get(view.websiteId());
    }

    public boolean belongsTo(StoreView view, Website website) {
        return view.websiteId() == website.id();
    }

    public List<Website> websites() {
        return sorted(websites.values(), Website::id);
    }

    public List<StoreGroup> storeGroups() {
        return sorted(groups.values(), StoreGroup::id);
    }

    public List<StoreView> storeViews() {
        return sorted(views.values(), StoreView::id);
    }

    private static <T> List<T> sorted(java.util.Collection<T> values, Function<T, Integer> id) {
        return values.stream().sorted(Comparator.comparing(id)).toList();
    }

    private static <K, T> Map<K, T> index(List<T> values, Function<T, K> key) {
        return values.stream().collect(Collectors.toUnmodifiableMap(key, Function.identity(), (a, b) -> {
            throw new IllegalArgumentException("duplicate " + key.apply(a));
        }));
    }

    private static <T> T require(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException("missing " + what);
        }
        return value;
    }

    /** Magento's out-of-the-box hierarchy: website {@code base}, store group 1, store view {@code default}. */
    public static Stores magentoDefault() {
        return new Stores(
                List.of(new Website(0, "admin", "Admin", 0), new Website(1, "base", "Main Website", 1)),
                List.of(new StoreGroup(0, 0, 0, 0, "Default", "default"),
                        new StoreGroup(1, 1, 2, 1, "Main Website Store", "main_website_store")),
                List.of(new StoreView(0, "admin", "Admin", 0, 0, true),
                        new StoreView(1, "default", "Default Store View", 1, 1, true)),
                1);
    }
}
