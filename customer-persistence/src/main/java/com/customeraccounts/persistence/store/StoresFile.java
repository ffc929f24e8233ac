package com.customeraccounts.persistence.store;

import com.customeraccounts.store.StoreGroup;
import com.customeraccounts.store.StoreId;
import com.customeraccounts.store.StoreView;
import com.customeraccounts.store.Stores;
import com.customeraccounts.store.Website;
import com.customeraccounts.store.WebsiteId;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A stores file: {@code {"websites": [...], "storeGroups": [...], "storeViews": [...]}} in the shapes of
 * Magento's {@code /V1/store/websites}, {@code /V1/store/storeGroups} and {@code /V1/store/storeViews}.
 * The admin website and store view (id 0) are added when missing; the default website is
 * {@code default_website_id} when given, else the first website after the admin one.
 */
final class StoresFile {

    private StoresFile() {}

    static Stores read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                JsonReader json = Json.createReader(reader)) {
            return parse(json.readObject());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read stores.file " + file + ": " + e.getMessage(), e);
        }
    }

    static Stores parse(JsonObject root) {
        List<Website> websites = new ArrayList<>();
        List<StoreGroup> groups = new ArrayList<>();
        List<StoreView> views = new ArrayList<>();
        for (JsonValue value : root.getJsonArray("websites")) {
            JsonObject w = value.asJsonObject();
            websites.add(new Website(
                    WebsiteId.of(w.getInt("id")),
                    w.getString("code"),
                    w.getString("name"),
                    w.getInt("default_group_id")));
        }
        for (JsonValue value : root.getJsonArray("storeGroups")) {
            JsonObject g = value.asJsonObject();
            groups.add(new StoreGroup(
                    g.getInt("id"),
                    WebsiteId.of(g.getInt("website_id")),
                    g.getInt("root_category_id", 2),
                    StoreId.of(g.getInt("default_store_id")),
                    g.getString("name"),
                    g.getString("code")));
        }
        for (JsonValue value : root.getJsonArray("storeViews")) {
            JsonObject v = value.asJsonObject();
            views.add(new StoreView(
                    StoreId.of(v.getInt("id")),
                    v.getString("code"),
                    v.getString("name"),
                    WebsiteId.of(v.getInt("website_id")),
                    v.getInt("store_group_id"),
                    v.getInt("is_active", 1) == 1));
        }
        addAdminIfMissing(websites, groups, views);
        int defaultWebsite = root.getInt(
                "default_website_id",
                websites.stream()
                        .mapToInt(w -> w.id().value())
                        .filter(id -> id != 0)
                        .min()
                        .orElse(0));
        return new Stores(websites, groups, views, WebsiteId.of(defaultWebsite));
    }

    private static void addAdminIfMissing(List<Website> websites, List<StoreGroup> groups, List<StoreView> views) {
        if (websites.stream().noneMatch(w -> w.id().isAdmin())) {
            websites.add(new Website(WebsiteId.ADMIN, "admin", "Admin", 0));
        }
        if (groups.stream().noneMatch(g -> g.id() == 0)) {
            groups.add(new StoreGroup(0, WebsiteId.ADMIN, 0, StoreId.ADMIN, "Default", "default"));
        }
        if (views.stream().noneMatch(v -> v.isAdmin())) {
            views.add(new StoreView(StoreId.ADMIN, StoreView.ADMIN_CODE, "Admin", WebsiteId.ADMIN, 0, true));
        }
    }
}
