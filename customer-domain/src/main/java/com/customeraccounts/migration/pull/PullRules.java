package com.customeraccounts.migration.pull;

import com.customeraccounts.attribute.AttributeEntity;
import com.customeraccounts.config.AccountSharing;
import com.customeraccounts.customer.EmailAddress;
import com.customeraccounts.customer.SecretToken;
import com.customeraccounts.directory.Directory;
import com.customeraccounts.directory.Region;
import com.customeraccounts.store.StoreView;
import com.customeraccounts.store.Stores;
import com.customeraccounts.store.Website;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns a Magento customer into this service's, or says why it cannot be: websites and store views are
 * matched by code, the group must have been copied, names and email must be there. A bad address is
 * rejected alone, and a default billing or shipping link to it is dropped. The confirmation key is kept as
 * its hash, as this service keeps its own, so that a confirmation link Magento sent still works here.
 */
final class PullRules {

    private final Stores stores;
    private final MagentoScopes magento;
    private final AccountSharing sharing;
    private final Directory directory;
    private final Set<Integer> groupIds;
    private final PulledAttributes attributes;

    PullRules(
            Stores stores, MagentoScopes magento, AccountSharing sharing, Directory directory, Set<Integer> groupIds) {
        this(stores, magento, sharing, directory, groupIds, PulledAttributes.NONE);
    }

    PullRules(
            Stores stores,
            MagentoScopes magento,
            AccountSharing sharing,
            Directory directory,
            Set<Integer> groupIds,
            PulledAttributes attributes) {
        this.stores = stores;
        this.magento = magento;
        this.sharing = sharing;
        this.directory = directory;
        this.groupIds = Set.copyOf(groupIds);
        this.attributes = attributes;
    }

    /**
     * The customer to store (empty when rejected), every rejection, of it or of its addresses, and notes of the
     * attribute values it had that could not be copied.
     */
    record Mapped(Optional<PulledCustomer> customer, List<Rejection> rejections, List<Rejection> notes) {}

    /** Notes of Magento's attributes this service does not declare. */
    List<Rejection> undeclaredAttributes() {
        return attributes.undeclared();
    }

    Mapped map(MagentoCustomer c) {
        return map(c, MagentoAttributeValues.NONE);
    }

    Mapped map(MagentoCustomer c, MagentoAttributeValues values) {
        List<Rejection> rejections = new ArrayList<>();
        List<Rejection> notes = new ArrayList<>();
        String problem = problem(c);
        if (problem != null) {
            return new Mapped(Optional.empty(), List.of(Rejection.customer(c.id(), problem)), List.of());
        }
        Website website = website(c.websiteId()).orElseThrow();
        StoreView store = c.storeId() == null
                ? stores.defaultStoreViewOf(website)
                : storeView(c.storeId()).orElseThrow();
        EmailAddress email = new EmailAddress(c.email());
        List<PulledAddress> addresses = new ArrayList<>();
        for (MagentoAddress a : c.addresses()) {
            String addressProblem = problem(a);
            if (addressProblem == null) {
                addresses.add(address(
                        a,
                        addresses.size(),
                        attributes.values(AttributeEntity.ADDRESS, values.ofAddress(a.id()), a.id(), notes)));
            } else {
                rejections.add(Rejection.address(a.id(), addressProblem));
            }
        }
        Set<Long> kept = addresses.stream().map(PulledAddress::id).collect(Collectors.toSet());
        Long billing = c.defaultBilling() != null && kept.contains(c.defaultBilling()) ? c.defaultBilling() : null;
        Long shipping = c.defaultShipping() != null && kept.contains(c.defaultShipping()) ? c.defaultShipping() : null;
        Integer subscriber = c.subscriberStatus() != null && c.subscriberStatus() >= 1 && c.subscriberStatus() <= 4
                ? c.subscriberStatus()
                : null;
        Integer gender = c.gender() == null || c.gender() == 0 ? null : c.gender();
        String confirmation = c.confirmation() == null ? null : SecretToken.sha256(c.confirmation());
        PulledCustomer draft = new PulledCustomer(
                c.id(),
                website.id(),
                store.id(),
                c.groupId(),
                email.value(),
                email.key(),
                sharing.scopeOf(website),
                c.prefix(),
                c.firstname(),
                c.middlename(),
                c.lastname(),
                c.suffix(),
                c.dob(),
                gender,
                c.taxvat(),
                c.createdAt(),
                c.updatedAt(),
                c.createdIn(),
                c.passwordHash(),
                confirmation,
                c.disableAutoGroupChange(),
                billing,
                shipping,
                subscriber,
                c.failuresNum(),
                c.firstFailure(),
                c.lockExpires(),
                c.tokensRevokedBefore(),
                addresses,
                attributes.values(AttributeEntity.CUSTOMER, values.ofCustomer(c.id()), c.id(), notes),
                "");
        return new Mapped(Optional.of(withFingerprint(draft)), rejections, notes);
    }

    private String problem(MagentoCustomer c) {
        if (c.email() == null || c.email().isBlank()) {
            return "The customer has no email address.";
        }
        try {
            new EmailAddress(c.email());
        } catch (IllegalArgumentException e) {
            return "The email address \"" + c.email() + "\" is not valid.";
        }
        if (c.websiteId() == null) {
            return "The customer belongs to no website.";
        }
        if (website(c.websiteId()).isEmpty()) {
            return "The website " + describe(magento.websiteCodes(), c.websiteId())
                    + " does not exist in this service's stores.";
        }
        if (c.storeId() != null && storeView(c.storeId()).isEmpty()) {
            return "The store view " + describe(magento.storeCodes(), c.storeId())
                    + " does not exist in this service's stores.";
        }
        if (!groupIds.contains(c.groupId())) {
            return "The customer group " + c.groupId() + " was not copied.";
        }
        if (blank(c.firstname()) || blank(c.lastname())) {
            return "The customer has no " + (blank(c.firstname()) ? "firstname" : "lastname") + ".";
        }
        return null;
    }

    private String problem(MagentoAddress a) {
        if (a.countryId() == null || directory.country(a.countryId()).isEmpty()) {
            return "The country \"" + a.countryId() + "\" is unknown.";
        }
        for (String[] field : new String[][] {
            {"street", a.street()}, {"city", a.city()}, {"firstname", a.firstname()}, {"lastname", a.lastname()}
        }) {
            if (blank(field[1])) {
                return "The address has no " + field[0] + ".";
            }
        }
        return null;
    }

    private PulledAddress address(MagentoAddress a, int position, Map<String, String> values) {
        Optional<Region> region = a.regionId() == null
                ? Optional.empty()
                : directory.region(a.regionId()).filter(r -> r.countryId().equals(a.countryId()));
        int regionId = region.map(Region::id).orElse(0);
        String regionName =
                a.region() != null ? a.region() : region.map(Region::name).orElse(null);
        return new PulledAddress(
                a.id(),
                position,
                a.countryId(),
                regionId,
                region.map(Region::code).orElse(null),
                regionName,
                a.street(),
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
                values);
    }

    private Optional<Website> website(int magentoId) {
        String code = magento.websiteCodes().get(magentoId);
        return stores.websites().stream().filter(w -> w.code().equals(code)).findFirst();
    }

    private Optional<StoreView> storeView(int magentoId) {
        String code = magento.storeCodes().get(magentoId);
        return code == null ? Optional.empty() : stores.storeView(code);
    }

    private static String describe(java.util.Map<Integer, String> codes, int id) {
        String code = codes.get(id);
        return code == null ? id + " (unknown in Magento)" : "\"" + code + "\" (" + id + " in Magento)";
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** SHA-256 over every stored value, each written out with its length so that no two rows run together. */
    private static PulledCustomer withFingerprint(PulledCustomer c) {
        Stream<Object> customer = Stream.of(
                c.id(),
                c.websiteId(),
                c.storeId(),
                c.groupId(),
                c.email(),
                c.shareScope(),
                c.prefix(),
                c.firstname(),
                c.middlename(),
                c.lastname(),
                c.suffix(),
                c.dob(),
                c.gender(),
                c.taxvat(),
                c.createdAt(),
                c.updatedAt(),
                c.createdIn(),
                c.passwordHash(),
                c.confirmationHash(),
                c.disableAutoGroupChange(),
                c.defaultBilling(),
                c.defaultShipping(),
                c.subscriberStatus(),
                c.failuresNum(),
                c.firstFailure(),
                c.lockExpires());
        if (c.tokensRevokedAt() != null) {
            // only then: the fingerprints of the copies made before revocations were copied stay the same
            customer = Stream.concat(customer, Stream.of("revoked", c.tokensRevokedAt()));
        }
        // likewise for attribute values, copied since issue 16
        customer = Stream.concat(customer, attributeValues("attributes", c.attributes()));
        Stream<Object> addresses = c.addresses().stream()
                .flatMap(a -> Stream.of(
                        a.id(),
                        a.position(),
                        a.countryId(),
                        a.regionId(),
                        a.regionCode(),
                        a.region(),
                        a.street(),
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
                        a.vatId()));
        addresses = Stream.concat(
                addresses, c.addresses().stream().flatMap(a -> attributeValues("address " + a.id(), a.attributes())));
        StringBuilder text = new StringBuilder();
        Stream.concat(customer, addresses)
                .map(v -> Objects.toString(v, "\u0000"))
                .forEach(v -> text.append(v.length()).append(':').append(v).append(';'));
        String fingerprint = SecretToken.sha256(text.toString());
        return new PulledCustomer(
                c.id(),
                c.websiteId(),
                c.storeId(),
                c.groupId(),
                c.email(),
                c.emailKey(),
                c.shareScope(),
                c.prefix(),
                c.firstname(),
                c.middlename(),
                c.lastname(),
                c.suffix(),
                c.dob(),
                c.gender(),
                c.taxvat(),
                c.createdAt(),
                c.updatedAt(),
                c.createdIn(),
                c.passwordHash(),
                c.confirmationHash(),
                c.disableAutoGroupChange(),
                c.defaultBilling(),
                c.defaultShipping(),
                c.subscriberStatus(),
                c.failuresNum(),
                c.firstFailure(),
                c.lockExpires(),
                c.tokensRevokedAt(),
                c.addresses(),
                c.attributes(),
                fingerprint);
    }

    /** Nothing for no values; else a label, then each code and value in code order. */
    private static Stream<Object> attributeValues(String label, Map<String, String> values) {
        if (values.isEmpty()) {
            return Stream.empty();
        }
        return Stream.concat(
                Stream.of(label),
                new java.util.TreeMap<>(values).entrySet().stream().flatMap(e -> Stream.of(e.getKey(), e.getValue())));
    }
}
