package com.customeraccounts.config;

import com.customeraccounts.store.Website;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads a Magento config path the way Magento's scope config does: a website-scoped value
 * ({@code websites/<code>/<path>}) wins over the default-scope value, which wins over Magento's default.
 * A default-scope value comes from the environment or system properties, else from the settings stored
 * through the API, else Magento's default.
 */
@ApplicationScoped
public class StoreConfig {

    private ConfigValues values;
    private StoredSettings stored;

    protected StoreConfig() {}

    public StoreConfig(ConfigValues values) {
        this(values, StoredSettings.NONE);
    }

    @Inject
    public StoreConfig(ConfigValues values, StoredSettings stored) {
        this.values = values;
        this.stored = stored;
    }

    public String value(String path) {
        return values.find(path)
                .or(() -> stored.find(path))
                .or(() -> MagentoDefaults.of(path))
                .orElse("");
    }

    /** Stores a default-scope value, as Magento's admin does; the environment can still override it. */
    public void store(String path, String value) {
        stored.save(path, value);
    }

    public String value(String path, Website website) {
        Optional<String> scoped = values.find("websites/" + website.code() + "/" + path);
        return scoped.orElseGet(() -> value(path));
    }

    public int intValue(String path) {
        return parseInt(path, value(path));
    }

    public int intValue(String path, Website website) {
        return parseInt(path, value(path, website));
    }

    public boolean flag(String path, Website website) {
        return isTrue(value(path, website));
    }

    public boolean flag(String path) {
        return isTrue(value(path));
    }

    /** A comma-separated list, as Magento stores multiselects. */
    public List<String> list(String path, Website website) {
        return split(value(path, website));
    }

    public List<String> list(String path) {
        return split(value(path));
    }

    private static List<String> split(String value) {
        return Arrays.stream(value.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static boolean isTrue(String value) {
        String v = value.trim();
        return v.equals("1") || v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes");
    }

    private static int parseInt(String path, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("Config value of " + path + " is not a whole number: " + value, e);
        }
    }
}
