package com.customeraccounts.audit;

import com.customeraccounts.customer.Address;
import com.customeraccounts.customer.AddressId;
import com.customeraccounts.customer.AttributeValues;
import com.customeraccounts.customer.CustomerSnapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What a save changed, as history entries: the email and the group each their own, the other fields of the
 * customer together (by their API names, a declared attribute as {@code custom_attributes.<code>}), each address
 * added, changed (with its changed fields) or removed.
 * Bookkeeping (update time, lockout, hashes) is not a change anyone made.
 */
final class AccountChanges {

    /** One entry to write. */
    record Change(AuditEvent event, List<String> fields) {}

    private static final Map<String, Function<CustomerSnapshot, Object>> DETAILS = new LinkedHashMap<>();
    private static final Map<String, Function<Address, Object>> ADDRESS_FIELDS = new LinkedHashMap<>();

    static {
        DETAILS.put("firstname", s -> s.name().firstname());
        DETAILS.put("lastname", s -> s.name().lastname());
        DETAILS.put("middlename", s -> s.name().middlename());
        DETAILS.put("prefix", s -> s.name().prefix());
        DETAILS.put("suffix", s -> s.name().suffix());
        DETAILS.put("dob", CustomerSnapshot::dob);
        DETAILS.put("gender", CustomerSnapshot::gender);
        DETAILS.put("taxvat", CustomerSnapshot::taxvat);
        DETAILS.put("website_id", CustomerSnapshot::websiteId);
        DETAILS.put("store_id", CustomerSnapshot::storeId);
        DETAILS.put("disable_auto_group_change", CustomerSnapshot::disableAutoGroupChange);
        DETAILS.put("default_billing", CustomerSnapshot::defaultBilling);
        DETAILS.put("default_shipping", CustomerSnapshot::defaultShipping);
        DETAILS.put("extension_attributes.is_subscribed", CustomerSnapshot::newsletterStatus);
        ADDRESS_FIELDS.put("country_id", Address::countryId);
        ADDRESS_FIELDS.put("region", Address::region);
        ADDRESS_FIELDS.put("street", Address::street);
        ADDRESS_FIELDS.put("company", Address::company);
        ADDRESS_FIELDS.put("telephone", Address::telephone);
        ADDRESS_FIELDS.put("fax", Address::fax);
        ADDRESS_FIELDS.put("postcode", Address::postcode);
        ADDRESS_FIELDS.put("city", Address::city);
        ADDRESS_FIELDS.put("firstname", Address::firstname);
        ADDRESS_FIELDS.put("lastname", Address::lastname);
        ADDRESS_FIELDS.put("middlename", Address::middlename);
        ADDRESS_FIELDS.put("prefix", Address::prefix);
        ADDRESS_FIELDS.put("suffix", Address::suffix);
        ADDRESS_FIELDS.put("vat_id", Address::vatId);
    }

    private AccountChanges() {}

    static List<Change> between(CustomerSnapshot before, CustomerSnapshot after) {
        List<Change> changes = new ArrayList<>();
        if (!before.email().equals(after.email())) {
            changes.add(new Change(AuditEvent.EMAIL_CHANGED, List.of("email")));
        }
        if (!before.groupId().equals(after.groupId())) {
            changes.add(new Change(AuditEvent.GROUP_CHANGED, List.of("group_id")));
        }
        List<String> details = changed(DETAILS, before, after);
        details.addAll(changedAttributes(before.customAttributes(), after.customAttributes()));
        if (!details.isEmpty()) {
            changes.add(new Change(AuditEvent.UPDATED, details));
        }
        Map<AddressId, Address> old = new LinkedHashMap<>();
        before.addresses().forEach(a -> old.put(a.id(), a));
        for (Address now : after.addresses()) {
            Address was = old.remove(now.id());
            if (was == null) {
                changes.add(new Change(
                        AuditEvent.ADDRESS_ADDED, List.of("address " + now.id().value())));
            } else {
                List<String> fields = changed(ADDRESS_FIELDS, was, now);
                fields.addAll(changedAttributes(was.customAttributes(), now.customAttributes()));
                if (!fields.isEmpty()) {
                    List<String> named =
                            new ArrayList<>(List.of("address " + now.id().value()));
                    named.addAll(fields);
                    changes.add(new Change(AuditEvent.ADDRESS_CHANGED, named));
                }
            }
        }
        old.keySet()
                .forEach(id -> changes.add(new Change(AuditEvent.ADDRESS_REMOVED, List.of("address " + id.value()))));
        return changes;
    }

    /** A declared attribute's value set, changed or removed, as {@code custom_attributes.<code>}. */
    private static List<String> changedAttributes(AttributeValues before, AttributeValues after) {
        Set<String> codes = new TreeSet<>(before.asMap().keySet());
        codes.addAll(after.asMap().keySet());
        return codes.stream()
                .filter(code ->
                        !Objects.equals(before.asMap().get(code), after.asMap().get(code)))
                .map(code -> "custom_attributes." + code)
                .toList();
    }

    private static <T> List<String> changed(Map<String, Function<T, Object>> fields, T before, T after) {
        List<String> changed = new ArrayList<>();
        fields.forEach((name, field) -> {
            if (!Objects.equals(field.apply(before), field.apply(after))) {
                changed.add(name);
            }
        });
        return changed;
    }
}
