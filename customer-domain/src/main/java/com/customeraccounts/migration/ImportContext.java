package com.customeraccounts.migration;

import com.customeraccounts.config.AccountSharing;
import com.customeraccounts.config.ConfigPath;
import com.customeraccounts.config.StoreConfig;
import com.customeraccounts.customer.CustomerGroups;
import com.customeraccounts.customer.GroupId;
import com.customeraccounts.directory.Directory;
import com.customeraccounts.directory.Region;
import com.customeraccounts.store.ShareScope;
import com.customeraccounts.store.StoreView;
import com.customeraccounts.store.Stores;
import com.customeraccounts.store.Website;
import com.customeraccounts.store.WebsiteId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one import reads its rows against: websites and store views by code, the account-sharing scope,
 * the customer groups, each website's allowed countries and required fields, and the directory's regions by
 * code and by name, as Magento's importer loads them once before the first row.
 */
final class ImportContext {

    private final Stores stores;
    private final StoreConfig config;
    private final CustomerGroups groups;
    private final Directory directory;
    private final Map<String, Website> websites;
    private final Map<String, StoreView> storeViews;
    private final AccountSharing sharing;
    private final Map<Integer, Boolean> knownGroups = new HashMap<>();
    private final Map<WebsiteId, WebsiteRules> rules = new HashMap<>();

    private final ImportedAttributes attributes;

    ImportContext(Stores stores, StoreConfig config, CustomerGroups groups, Directory directory) {
        this(stores, config, groups, directory, ImportedAttributes.NONE);
    }

    /** The shop's declared attributes, read from their columns. */
    ImportedAttributes attributes() {
        return attributes;
    }

    ImportContext(
            Stores stores,
            StoreConfig config,
            CustomerGroups groups,
            Directory directory,
            ImportedAttributes attributes) {
        this.attributes = attributes;
        this.stores = stores;
        this.config = config;
        this.groups = groups;
        this.directory = directory;
        // customers belong to a customer website: the admin website (id 0) is none
        this.websites = stores.websites().stream()
                .filter(w -> !w.id().isAdmin())
                .collect(Collectors.toMap(Website::code, w -> w));
        this.storeViews = stores.storeViews().stream().collect(Collectors.toMap(StoreView::code, v -> v));
        this.sharing = AccountSharing.configuredIn(config);
    }

    Optional<Website> website(String code) {
        return Optional.ofNullable(code == null ? null : websites.get(code));
    }

    Optional<StoreView> storeView(String code) {
        return Optional.ofNullable(code == null ? null : storeViews.get(code));
    }

    StoreView defaultStoreViewOf(Website website) {
        return stores.defaultStoreViewOf(website);
    }

    ShareScope shareScope(Website website) {
        return sharing.scopeOf(website);
    }

    boolean groupExists(int id) {
        return knownGroups.computeIfAbsent(id, g -> g >= 0 && groups.exists(new GroupId(g)));
    }

    WebsiteRules rules(Website website) {
        return rules.computeIfAbsent(website.id(), id -> new WebsiteRules(website));
    }

    /** The directory region of this country by code or default name (in any case), Magento's look-up. */
    Optional<Region> region(String countryId, String region) {
        String wanted = region.toLowerCase(Locale.ROOT);
        return directory.regionsOf(countryId).stream()
                .filter(r -> r.code().toLowerCase(Locale.ROOT).equals(wanted)
                        || r.name().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }

    boolean hasRegions(String countryId) {
        return directory.hasRegions(countryId);
    }

    /** One website's settings that rows are checked against. */
    final class WebsiteRules {

        private final Map<String, String> allowedCountries;
        private final Set<String> optionalZip;
        private final List<String> requiredCustomerColumns;
        private final List<String> requiredAddressColumns;

        private WebsiteRules(Website website) {
            this.allowedCountries = config.list(ConfigPath.COUNTRY_ALLOW, website).stream()
                    .filter(c -> directory.country(c).isPresent())
                    .collect(Collectors.toMap(c -> c.toLowerCase(Locale.ROOT), c -> c, (a, b) -> a));
            this.optionalZip = Set.copyOf(config.list(ConfigPath.OPTIONAL_ZIP_COUNTRIES, website));
            this.requiredCustomerColumns = required(
                    website,
                    List.of(
                            Map.entry("prefix", ConfigPath.PREFIX_SHOW), Map.entry("firstname", ""),
                            Map.entry("lastname", ""), Map.entry("suffix", ConfigPath.SUFFIX_SHOW),
                            Map.entry("taxvat", ConfigPath.TAXVAT_SHOW), Map.entry("gender", ConfigPath.GENDER_SHOW)));
            this.requiredAddressColumns = required(
                    website,
                    List.of(
                            Map.entry("prefix", ConfigPath.PREFIX_SHOW), Map.entry("firstname", ""),
                            Map.entry("lastname", ""), Map.entry("suffix", ConfigPath.SUFFIX_SHOW),
                            Map.entry("company", ConfigPath.COMPANY_SHOW), Map.entry("street", ""),
                            Map.entry("city", ""), Map.entry("country_id", ""),
                            Map.entry("telephone", ConfigPath.TELEPHONE_SHOW), Map.entry("fax", ConfigPath.FAX_SHOW)));
        }

        /** The columns in Magento's attribute order: always required (no path), or required by config. */
        private List<String> required(Website website, List<Map.Entry<String, String>> columns) {
            return columns.stream()
                    .filter(c -> c.getValue().isEmpty() || "req".equals(config.value(c.getValue(), website)))
                    .map(Map.Entry::getKey)
                    .toList();
        }

        /** The allowed country with this id (in any case), as stored. */
        Optional<String> allowedCountry(String countryId) {
            return Optional.ofNullable(allowedCountries.get(countryId.trim().toLowerCase(Locale.ROOT)));
        }

        boolean zipRequired(String countryId) {
            return !optionalZip.contains(countryId);
        }

        List<String> requiredCustomerColumns() {
            return requiredCustomerColumns;
        }

        List<String> requiredAddressColumns() {
            return requiredAddressColumns;
        }
    }
}
