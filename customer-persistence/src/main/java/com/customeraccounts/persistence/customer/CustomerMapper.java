package com.customeraccounts.persistence.customer;

import com.customeraccounts.customer.Address;
import com.customeraccounts.customer.AddressId;
import com.customeraccounts.customer.AddressRegion;
import com.customeraccounts.customer.AttributeValues;
import com.customeraccounts.customer.Customer;
import com.customeraccounts.customer.CustomerId;
import com.customeraccounts.customer.CustomerSnapshot;
import com.customeraccounts.customer.EmailAddress;
import com.customeraccounts.customer.GroupId;
import com.customeraccounts.customer.NewsletterStatus;
import com.customeraccounts.customer.PersonName;
import com.customeraccounts.store.ShareScope;
import com.customeraccounts.store.StoreId;
import com.customeraccounts.store.WebsiteId;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Between the aggregate and its tables. Timestamps are stored as UTC wall-clock time, as Magento does. */
final class CustomerMapper {

    private CustomerMapper() {}

    static CustomerEntity toEntity(Customer customer) {
        CustomerEntity e = new CustomerEntity();
        copy(customer.snapshot(), e);
        int position = 0;
        for (Address a : customer.snapshot().addresses()) {
            e.addresses.add(toEntity(a, e, position++));
        }
        return e;
    }

    /**
     * Writes a changed customer into its managed entity: fields, then addresses by id (changed ones
     * updated, new ones added, missing ones removed).
     */
    static void update(Customer customer, CustomerEntity e) {
        CustomerSnapshot s = customer.snapshot();
        copy(s, e);
        Map<Long, AddressEntity> current = new HashMap<>();
        e.addresses.forEach(a -> current.put(a.id, a));
        List<AddressEntity> next = new ArrayList<>();
        int position = 0;
        for (Address a : s.addresses()) {
            AddressEntity existing = current.get(a.id().value());
            if (existing == null) {
                next.add(toEntity(a, e, position++));
            } else {
                copy(a, existing, position++);
                next.add(existing);
            }
        }
        e.addresses.clear();
        e.addresses.addAll(next);
    }

    private static void copy(CustomerSnapshot s, CustomerEntity e) {
        e.id = s.id().value();
        e.websiteId = s.websiteId().value();
        e.storeId = s.storeId().value();
        e.groupId = s.groupId().value();
        e.email = s.email().value();
        e.emailKey = s.email().key();
        e.shareScope = s.shareScope().value();
        e.prefix = s.name().prefix();
        e.firstname = s.name().firstname();
        e.middlename = s.name().middlename();
        e.lastname = s.name().lastname();
        e.suffix = s.name().suffix();
        e.dob = s.dob();
        e.gender = s.gender();
        e.taxvat = s.taxvat();
        e.createdAt = utc(s.createdAt());
        e.updatedAt = utc(s.updatedAt());
        e.createdIn = s.createdIn();
        e.passwordHash = s.passwordHash();
        e.confirmation = s.confirmationHash();
        e.rpToken = s.resetTokenHash();
        e.rpTokenCreatedAt = utc(s.resetTokenCreatedAt());
        e.disableAutoGroupChange = s.disableAutoGroupChange();
        e.defaultBilling =
                s.defaultBilling() == null ? null : s.defaultBilling().value();
        e.defaultShipping =
                s.defaultShipping() == null ? null : s.defaultShipping().value();
        e.subscriberStatus =
                s.newsletterStatus() == null ? null : s.newsletterStatus().code();
        e.failuresNum = s.lockout().failures();
        e.firstFailure = utc(s.lockout().firstFailure());
        e.lockExpires = utc(s.lockout().lockExpires());
        replaceIfChanged(e.attributes, s.customAttributes(), CustomerAttributeValue::new);
    }

    private static AddressEntity toEntity(Address a, CustomerEntity customer, int position) {
        AddressEntity e = new AddressEntity();
        e.id = a.id().value();
        e.customer = customer;
        copy(a, e, position);
        return e;
    }

    private static void copy(Address a, AddressEntity e, int position) {
        e.position = position;
        e.countryId = a.countryId();
        e.regionId = a.region().regionId();
        e.regionCode = a.region().code();
        e.region = a.region().name();
        e.street = String.join("\n", a.street());
        e.company = a.company();
        e.telephone = a.telephone();
        e.fax = a.fax();
        e.postcode = a.postcode();
        e.city = a.city();
        e.firstname = a.firstname();
        e.lastname = a.lastname();
        e.middlename = a.middlename();
        e.prefix = a.prefix();
        e.suffix = a.suffix();
        e.vatId = a.vatId();
        replaceIfChanged(e.attributes, a.customAttributes(), AddressAttributeValue::new);
    }

    /** An element collection is rewritten whole when it changes: so only when it does. */
    private static <T> void replaceIfChanged(
            List<T> rows, AttributeValues values, java.util.function.BiFunction<String, String, T> row) {
        List<T> next = values.asMap().entrySet().stream()
                .map(v -> row.apply(v.getKey(), v.getValue()))
                .toList();
        if (!new HashSet<>(rows).equals(new HashSet<>(next))) {
            rows.clear();
            rows.addAll(next);
        }
    }

    /** Declared values read ahead for many customers, by customer id and by address id. */
    record Values(Map<Long, Map<String, String>> customers, Map<Long, Map<String, String>> addresses) {}

    /** The customer, its declared values read from its entity's collections. */
    static Customer toDomain(CustomerEntity e) {
        return toDomain(e, null);
    }

    /** The customer, its declared values taken from {@code values} when given (read ahead), else from the entity. */
    static Customer toDomain(CustomerEntity e, Values values) {
        List<Address> addresses = e.addresses.stream()
                .map(a -> toDomain(
                        a,
                        values == null
                                ? map(a.attributes, v -> v.code, v -> v.value)
                                : values.addresses().getOrDefault(a.id, Map.of())))
                .toList();
        return Customer.restore(new CustomerSnapshot(
                new CustomerId(e.id),
                WebsiteId.of(e.websiteId),
                StoreId.of(e.storeId),
                new GroupId(e.groupId),
                new EmailAddress(e.email),
                new PersonName(e.prefix, e.firstname, e.middlename, e.lastname, e.suffix),
                e.dob,
                e.gender,
                e.taxvat,
                instant(e.createdAt),
                instant(e.updatedAt),
                e.createdIn,
                e.passwordHash,
                e.confirmation,
                e.rpToken,
                instant(e.rpTokenCreatedAt),
                e.disableAutoGroupChange,
                e.defaultBilling == null ? null : new AddressId(e.defaultBilling),
                e.defaultShipping == null ? null : new AddressId(e.defaultShipping),
                addresses,
                e.subscriberStatus == null ? null : NewsletterStatus.ofCode(e.subscriberStatus),
                ShareScope.of(e.shareScope),
                new CustomerSnapshot.Lockout(e.failuresNum, instant(e.firstFailure), instant(e.lockExpires)),
                attributes(
                        values == null
                                ? map(e.attributes, v -> v.code, v -> v.value)
                                : values.customers().getOrDefault(e.id, Map.of()))));
    }

    private static Address toDomain(AddressEntity e, Map<String, String> values) {
        return new Address(
                new AddressId(e.id),
                e.countryId,
                new AddressRegion(e.regionId, e.regionCode, e.region),
                e.street.isEmpty() ? List.of() : Arrays.asList(e.street.split("\n", -1)),
                e.company,
                e.telephone,
                e.fax,
                e.postcode,
                e.city,
                e.firstname,
                e.lastname,
                e.middlename,
                e.prefix,
                e.suffix,
                e.vatId,
                attributes(values));
    }

    private static <T> Map<String, String> map(List<T> rows, Function<T, String> code, Function<T, String> value) {
        return rows.stream().collect(Collectors.toMap(code, value));
    }

    private static AttributeValues attributes(Map<String, String> values) {
        return values.isEmpty() ? AttributeValues.NONE : AttributeValues.of(values);
    }

    private static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
