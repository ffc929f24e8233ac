package com.customeraccounts.account;

import com.customeraccounts.account.NewAccount.AddressDraft;
import com.customeraccounts.config.ConfigPath;
import com.customeraccounts.config.StoreConfig;
import com.customeraccounts.customer.Address;
import com.customeraccounts.customer.AddressId;
import com.customeraccounts.customer.AddressRegion;
import com.customeraccounts.customer.AttributeValues;
import com.customeraccounts.customer.Customer;
import com.customeraccounts.customer.TextLength;
import com.customeraccounts.customer.TextRule;
import com.customeraccounts.directory.Directory;
import com.customeraccounts.directory.Region;
import com.customeraccounts.error.InputException;
import com.customeraccounts.error.Parameters;
import com.customeraccounts.error.Phrase;
import com.customeraccounts.store.Website;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Magento's address validation, in its two stages: the address validators (each problem an entry of one
 * input exception) and then the resource validators (messages joined by newlines). Magento's street
 * content check is left out: its character class is malformed and never rejects a real street line.
 */
final class AddressRules {

    static final String CITY_INVALID =
            "Invalid City. Please use letters, numbers, spaces, and the following " + "characters: - ' . , & ( )";
    static final String TELEPHONE_INVALID = "Invalid Phone Number. Please use 0-9, +, -, (, ) and space.";

    private final StoreConfig config;
    private final Directory directory;
    private final Website website;

    AddressRules(StoreConfig config, Directory directory, Website website) {
        this.config = config;
        this.directory = directory;
        this.website = website;
    }

    /** Magento skips, without an error, an address whose country is missing or not allowed. */
    boolean isCountryAllowed(String countryId) {
        return countryId != null
                && directory.country(countryId).isPresent()
                && config.list(ConfigPath.COUNTRY_ALLOW, website).contains(countryId);
    }

    /** @throws InputException with every problem Magento would report for this address */
    void check(AddressDraft a) {
        List<Phrase> problems = new ArrayList<>();
        requireText(a.firstname(), "firstname", problems);
        requireText(a.lastname(), "lastname", problems);
        requireText(
                a.street() == null || a.street().isEmpty() ? null : a.street().get(0), "street", problems);
        requireText(a.city(), "city", problems);
        if (isRequired(ConfigPath.TELEPHONE_SHOW)) {
            requireText(a.telephone(), "telephone", problems);
        }
        if (isRequired(ConfigPath.FAX_SHOW)) {
            requireText(a.fax(), "fax", problems);
        }
        if (isRequired(ConfigPath.COMPANY_SHOW)) {
            requireText(a.company(), "company", problems);
        }
        if (!config.list(ConfigPath.OPTIONAL_ZIP_COUNTRIES, website).contains(a.countryId())) {
            requireText(a.postcode(), "postcode", problems);
        }
        if (a.countryId() == null || a.countryId().isEmpty()) {
            problems.add(required("countryId"));
        } else if (!isCountryAllowed(a.countryId())) {
            problems.add(Phrase.of(
                    InputException.INVALID_FIELD_VALUE,
                    Parameters.named("fieldName", "countryId", "value", a.countryId())));
        } else {
            checkRegion(a, problems);
        }
        if (!problems.isEmpty()) {
            throw InputException.aggregate(problems);
        }
        List<String> messages = new ArrayList<>();
        int streetLines = config.intValue(ConfigPath.STREET_LINES, website);
        if (a.street() != null && a.street().size() > streetLines) {
            messages.add("\"Street Address\" cannot contain more than " + streetLines + " lines.");
        }
        messages.addAll(lengthProblems(a));
        if (!TextRule.NAME.accepts(a.firstname())) {
            messages.add(CustomerRules.FIRST_NAME_INVALID);
        }
        if (!TextRule.NAME.accepts(a.lastname())) {
            messages.add(CustomerRules.LAST_NAME_INVALID);
        }
        if (!TextRule.NAME.accepts(a.middlename())) {
            messages.add(CustomerRules.MIDDLE_NAME_INVALID);
        }
        if (!TextRule.CITY.accepts(a.city())) {
            messages.add(CITY_INVALID);
        }
        if (!TextRule.TELEPHONE.accepts(a.telephone())) {
            messages.add(TELEPHONE_INVALID);
        }
        if (!messages.isEmpty()) {
            throw InputException.joined(messages);
        }
    }

    /** The texts without a {@link TextRule} of their own, against their columns, with Magento's labels. */
    private static List<String> lengthProblems(AddressDraft a) {
        List<Optional<String>> problems = new ArrayList<>();
        for (String line : a.street() == null ? List.<String>of() : a.street()) {
            problems.add(TextLength.VARCHAR.problem("Street Address", line));
        }
        problems.add(TextLength.VARCHAR.problem("Company", a.company()));
        problems.add(TextLength.VARCHAR.problem("Fax", a.fax()));
        problems.add(TextLength.VARCHAR.problem("Zip/Postal Code", a.postcode()));
        problems.add(TextLength.VARCHAR.problem(
                "State/Province", a.region() == null ? null : a.region().region()));
        problems.add(TextLength.VARCHAR.problem(
                "Region Code", a.region() == null ? null : a.region().regionCode()));
        problems.add(TextLength.NAME_AFFIX.problem("Name Prefix", a.prefix()));
        problems.add(TextLength.NAME_AFFIX.problem("Name Suffix", a.suffix()));
        problems.add(TextLength.VARCHAR.problem("VAT number", a.vatId()));
        return problems.stream().flatMap(Optional::stream).distinct().toList();
    }

    /** The checked address under this id, with its default flags. */
    Customer.NewAddress newAddress(AddressId id, AddressDraft a, AttributeValues customAttributes) {
        Address address = new Address(
                id,
                a.countryId(),
                region(a),
                a.street() == null ? List.of() : a.street(),
                a.company(),
                a.telephone(),
                a.fax(),
                a.postcode(),
                a.city(),
                a.firstname(),
                a.lastname(),
                a.middlename(),
                a.prefix(),
                a.suffix(),
                a.vatId(),
                customAttributes);
        return new Customer.NewAddress(
                address, Boolean.TRUE.equals(a.defaultBilling()), Boolean.TRUE.equals(a.defaultShipping()));
    }

    /** The region to store: the directory's when a known id is given, else the free text. */
    AddressRegion region(AddressDraft a) {
        Optional<Region> known =
                regionId(a).flatMap(directory::region).filter(r -> r.countryId().equals(a.countryId()));
        if (known.isPresent()) {
            Region r = known.get();
            return new AddressRegion(r.id(), r.code(), r.name());
        }
        if (directory.hasRegions(a.countryId())) {
            return AddressRegion.NONE;
        }
        String text = a.region() == null ? null : a.region().region();
        String code = a.region() == null ? null : a.region().regionCode();
        if ((text == null || text.isEmpty()) && (code == null || code.isEmpty())) {
            return AddressRegion.NONE;
        }
        return new AddressRegion(0, code, text);
    }

    private void checkRegion(AddressDraft a, List<Phrase> problems) {
        String countryId = a.countryId();
        boolean required = config.list(ConfigPath.STATE_REQUIRED, website).contains(countryId);
        Optional<Integer> regionId = regionId(a);
        if (directory.hasRegions(countryId)) {
            if (regionId.isEmpty()) {
                if (required) {
                    problems.add(required("regionId"));
                }
            } else if (directory
                    .region(regionId.get())
                    .filter(r -> r.countryId().equals(countryId))
                    .isEmpty()) {
                problems.add(Phrase.of(
                        InputException.INVALID_FIELD_VALUE,
                        Parameters.named("fieldName", "regionId", "value", regionId.get())));
            }
        } else if (required) {
            String text = a.region() == null ? null : a.region().region();
            if (text == null || text.isEmpty()) {
                problems.add(required("region"));
            }
        }
    }

    /** The top-level {@code region_id} wins over the one inside {@code region}; 0 means none. */
    private static Optional<Integer> regionId(AddressDraft a) {
        Integer id = a.regionId() != null
                ? a.regionId()
                : a.region() == null ? null : a.region().regionId();
        return Optional.ofNullable(id).filter(v -> v != 0);
    }

    private boolean isRequired(String showPath) {
        return "req".equals(config.value(showPath, website));
    }

    private static void requireText(String value, String field, List<Phrase> problems) {
        if (value == null || value.trim().isEmpty()) {
            problems.add(required(field));
        }
    }

    private static Phrase required(String field) {
        return Phrase.of(InputException.REQUIRED_FIELD, Parameters.named("fieldName", field));
    }
}
