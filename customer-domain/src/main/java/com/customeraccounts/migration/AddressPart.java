package com.customeraccounts.migration;

import com.customeraccounts.directory.Region;
import com.customeraccounts.store.Website;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The address columns of a row (Magento's "Customer Addresses", {@code Import/Address.php}): the checks of
 * {@code _validateRowForUpdate} with Magento's messages, and the row they make. The country must be one the
 * website allows, the postcode is required where the country requires one, a region of a country with a
 * region list must be one of its regions (by code or name) and is stored as the directory has it; the
 * street's lines stay joined by newlines, as Magento keeps them.
 */
final class AddressPart {

    static final String EMAIL = "_email";
    static final String ADDRESS_ID = "_entity_id";
    static final String DEFAULT_BILLING = "_address_default_billing_";
    static final String DEFAULT_SHIPPING = "_address_default_shipping_";

    /** Magento's address attributes, in its order. */
    static final List<String> ATTRIBUTES = List.of(
            "prefix",
            "firstname",
            "middlename",
            "lastname",
            "suffix",
            "company",
            "street",
            "city",
            "country_id",
            "region",
            "region_id",
            "postcode",
            "telephone",
            "fax",
            "vat_id");
    /** Columns Magento accepts and does not keep here (VAT validation results). */
    static final Set<String> IGNORED =
            Set.of("vat_is_valid", "vat_request_date", "vat_request_id", "vat_request_success");

    static final Set<String> SPECIAL =
            Set.of(CustomerPart.ACTION, CustomerPart.WEBSITE, EMAIL, ADDRESS_ID, DEFAULT_BILLING, DEFAULT_SHIPPING);

    private final ImportContext context;
    private final ImportErrors errors;

    AddressPart(ImportContext context, ImportErrors errors) {
        this.context = context;
        this.errors = errors;
    }

    /** Magento's checks of the attribute columns; {@code existing} is the address the row updates, if any. */
    void check(ImportRow row, Website website, AddressRow existing) {
        int n = row.number();
        ImportContext.WebsiteRules rules = context.rules(website);
        List<String> required = rules.requiredAddressColumns();
        for (String column : ATTRIBUTES) {
            String value = row.raw(column);
            if (value != null && !value.isEmpty()) {
                if (column.equals("country_id")) {
                    if (rules.allowedCountry(value).isEmpty()) {
                        errors.add(n, ImportMessage.INVALID_ATTRIBUTE_OPTION, column);
                    }
                } else if (value.codePointCount(0, value.length()) >= CustomerPart.MAX_VARCHAR) {
                    errors.add(n, ImportMessage.EXCEEDED_MAX_LENGTH, column);
                }
            } else if (required.contains(column) && existing == null) {
                errors.add(n, ImportMessage.VALUE_IS_REQUIRED, column);
            }
        }
        Optional<String> country = country(row, existing).flatMap(rules::allowedCountry);
        if (country.isPresent()) {
            String postcode =
                    row.has("postcode") ? row.value("postcode") : existing == null ? null : existing.postcode();
            if (rules.zipRequired(country.get()) && (postcode == null || postcode.isBlank())) {
                errors.add(n, ImportMessage.VALUE_IS_REQUIRED, "postcode");
            }
            String region = row.value("region");
            if (region != null
                    && context.hasRegions(country.get())
                    && context.region(country.get(), region).isEmpty()) {
                errors.add(n, ImportMessage.INVALID_REGION, "region");
            }
        }
    }

    private static Optional<String> country(ImportRow row, AddressRow existing) {
        String given = row.value("country_id");
        return Optional.ofNullable(given != null ? given : existing == null ? null : existing.countryId());
    }

    /** A new address from a checked row. */
    AddressRow newRow(ImportRow row, Website website, long id, long customerId, int position) {
        return row(row, website, id, customerId, position, null);
    }

    /** An existing address with the row's columns written over it (an empty cell clears an optional one). */
    AddressRow updated(ImportRow row, Website website, AddressRow existing) {
        return row(row, website, existing.id(), existing.customerId(), existing.position(), existing);
    }

    private AddressRow row(ImportRow row, Website website, long id, long customerId, int position, AddressRow old) {
        String countryId = row.value("country_id") != null
                ? context.rules(website).allowedCountry(row.value("country_id")).orElseThrow()
                : old.countryId();
        int regionId;
        String regionCode;
        String regionName;
        if (row.has("region") || old == null || !countryId.equals(old.countryId())) {
            String region = row.value("region");
            Optional<Region> known = region == null ? Optional.empty() : context.region(countryId, region);
            regionId = known.map(Region::id).orElse(0);
            regionCode = known.map(Region::code).orElse(null);
            regionName = known.map(Region::name).orElse(region);
        } else {
            regionId = old.regionId();
            regionCode = old.regionCode();
            regionName = old.region();
        }
        String street =
                row.value("street") == null ? old.street() : row.value("street").replace("\r\n", "\n");
        return new AddressRow(
                id,
                customerId,
                position,
                countryId,
                regionId,
                regionCode,
                regionName,
                street,
                text(row, "company", old == null ? null : old.company()),
                text(row, "telephone", old == null ? null : old.telephone()),
                text(row, "fax", old == null ? null : old.fax()),
                text(row, "postcode", old == null ? null : old.postcode()),
                required(row, "city", old == null ? null : old.city()),
                required(row, "firstname", old == null ? null : old.firstname()),
                required(row, "lastname", old == null ? null : old.lastname()),
                text(row, "middlename", old == null ? null : old.middlename()),
                text(row, "prefix", old == null ? null : old.prefix()),
                text(row, "suffix", old == null ? null : old.suffix()),
                text(row, "vat_id", old == null ? null : old.vatId()));
    }

    private static String text(ImportRow row, String column, String stored) {
        return row.has(column) ? row.value(column) : stored;
    }

    private static String required(ImportRow row, String column, String stored) {
        String value = row.value(column);
        return value == null ? stored : value;
    }

    /** Whether a default flag is set, as PHP's {@code !empty()} reads the cell. */
    static boolean isDefault(ImportRow row, String column) {
        return !row.isEmpty(column);
    }
}
