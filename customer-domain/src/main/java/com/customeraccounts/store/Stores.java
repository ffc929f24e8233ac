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

    private final Map<WebsiteId, Website> websites;
    private final Map<Integer, StoreGroup> groups;
    private final Map<StoreId, StoreView> views;
    private final Map<String, StoreView> viewsByCode;
    private final Website defaultWebsite;

    /**
     * @param defaultWebsiteId the website whose default store view serves {@code /rest/V1/...}
     * @throws IllegalArgumentException when the hierarchy is inconsistent (a dangling id, a duplicate code)
     */
    public Stores(List<Website> websites, List<StoreGroup> groups, List<StoreView> views, WebsiteId defaultWebsiteId) {
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
        if (!views.containsKey(StoreId.ADMIN) || !websites.containsKey(WebsiteId.ADMIN)) {
            throw new IllegalArgumentException("the admin website and store view (id 0) must exist");
        }
    }

    public Optional<Website> website(WebsiteId id) {
        return Optional.ofNullable(websites.get(id));
    }

    /** The website a request names, if it names one: Magento reads an absent id and 0 alike as "not set". */
    public Optional<Website> sentWebsite(WebsiteId id) {
        return WebsiteId.isSet(id) ? website(id) : Optional.empty();
    }

    public Optional<StoreView> storeView(StoreId id) {
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
        return view.websiteId().equals(website.id());
    }

    public List<Website> websites() {
        return sorted(websites.values(), w -> w.id().value());
    }

    public List<StoreGroup> storeGroups() {
        return sorted(groups.values(), StoreGroup::id);
    }

    public List<StoreView> storeViews() {
        return sorted(views.values(), v -> v.id().value());
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
                List.of(
                        new Website(WebsiteId.ADMIN, "admin", "Admin", 0),
                        new Website(WebsiteId.of(1), "base", "Main Website", 1)),
                List.of(
                        new StoreGroup(0, WebsiteId.ADMIN, 0, StoreId.ADMIN, "Default", "default"),
                        new StoreGroup(
                                1, WebsiteId.of(1), 2, StoreId.of(1), "Main Website Store", "main_website_store")),
                List.of(
                        new StoreView(StoreId.ADMIN, "admin", "Admin", WebsiteId.ADMIN, 0, true),
                        new StoreView(StoreId.of(1), "default", "Default Store View", WebsiteId.of(1), 1, true)),
                WebsiteId.of(1));
    }
}
