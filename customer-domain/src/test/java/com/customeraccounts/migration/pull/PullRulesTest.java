package com.customeraccounts.migration.pull;

import static org.assertj.core.api.Assertions.assertThat;

import com.customeraccounts.config.AccountSharing;
import com.customeraccounts.customer.SecretToken;
import com.customeraccounts.directory.Country;
import com.customeraccounts.directory.Directory;
import com.customeraccounts.directory.Region;
import com.customeraccounts.store.ShareScope;
import com.customeraccounts.store.StoreGroup;
import com.customeraccounts.store.StoreId;
import com.customeraccounts.store.StoreView;
import com.customeraccounts.store.Stores;
import com.customeraccounts.store.Website;
import com.customeraccounts.store.WebsiteId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PullRulesTest {

    /** Here: base is website 1 (store view default, 1), eu is website 2 (store view eu_en, 2). */
    private static final Stores STORES = new Stores(
            List.of(
                    new Website(WebsiteId.ADMIN, "admin", "Admin", 0),
                    new Website(WebsiteId.of(1), "base", "Main", 1),
                    new Website(WebsiteId.of(2), "eu", "EU", 2)),
            List.of(
                    new StoreGroup(0, WebsiteId.ADMIN, 0, StoreId.ADMIN, "Default", "default"),
                    new StoreGroup(1, WebsiteId.of(1), 2, StoreId.of(1), "Main", "main"),
                    new StoreGroup(2, WebsiteId.of(2), 2, StoreId.of(2), "EU", "eu_group")),
            List.of(
                    new StoreView(StoreId.ADMIN, "admin", "Admin", WebsiteId.ADMIN, 0, true),
                    new StoreView(StoreId.of(1), "default", "Default", WebsiteId.of(1), 1, true),
                    new StoreView(StoreId.of(2), "eu_en", "EU English", WebsiteId.of(2), 2, true)),
            WebsiteId.of(1));
    /** In Magento: base is 1, eu is 4 and its store view 8; outlet (3) does not exist here. */
    private static final MagentoScopes MAGENTO = new MagentoScopes(
            Map.of(0, "admin", 1, "base", 4, "eu", 3, "outlet"),
            Map.of(0, "admin", 1, "default", 8, "eu_en", 5, "outlet_view"));

    private static final Directory DIRECTORY = new Directory(
            List.of(new Country("US", "US", "USA"), new Country("DE", "DE", "DEU")),
            List.of(new Region(33, "US", "MI", "Michigan")));
    private static final PullRules RULES =
            new PullRules(STORES, MAGENTO, AccountSharing.PER_WEBSITE, DIRECTORY, Set.of(0, 1, 2, 3));

    @Test
    void mapsWebsitesAndStoreViewsByCodeAndKeepsTheEntityId() {
        PulledCustomer c = RULES.map(customer(41, 4, 8, List.of())).customer().orElseThrow();

        assertThat(c.id()).isEqualTo(41);
        assertThat(c.websiteId()).isEqualTo(WebsiteId.of(2));
        assertThat(c.storeId()).isEqualTo(StoreId.of(2));
        assertThat(c.shareScope()).as("website sharing").isEqualTo(ShareScope.of(2));
        assertThat(c.emailKey()).isEqualTo("veronica@example.com");
        assertThat(c.email()).isEqualTo("Veronica@Example.com");
    }

    @Test
    void aCustomerWithoutStoreViewGetsItsWebsitesDefaultOne() {
        assertThat(RULES.map(customer(1, 4, null, List.of()))
                        .customer()
                        .orElseThrow()
                        .storeId())
                .isEqualTo(StoreId.of(2));
    }

    @Test
    void sharesOneScopeUnderGlobalAccountSharing() {
        PullRules global = new PullRules(STORES, MAGENTO, AccountSharing.GLOBAL, DIRECTORY, Set.of(1));

        assertThat(global.map(customer(1, 4, 8, List.of()))
                        .customer()
                        .orElseThrow()
                        .shareScope())
                .isEqualTo(ShareScope.GLOBAL);
    }

    @Test
    void rejectsACustomerOfAWebsiteOrStoreViewThisServiceDoesNotHave() {
        assertThat(RULES.map(customer(7, 3, 5, List.of())).rejections())
                .containsExactly(Rejection.customer(
                        7, "The website \"outlet\" (3 in Magento) does not exist in this service's stores."));
        assertThat(RULES.map(customer(8, 1, 5, List.of())).rejections())
                .containsExactly(Rejection.customer(
                        8, "The store view \"outlet_view\" (5 in Magento) does not exist in this service's stores."));
        assertThat(RULES.map(customer(9, 9, 1, List.of())).rejections().get(0).reason())
                .isEqualTo("The website 9 (unknown in Magento) does not exist in this service's stores.");
    }

    @Test
    void rejectsACustomerWithoutEmailNameOrCopiedGroup() {
        MagentoCustomer noGroup = withGroup(customer(3, 1, 1, List.of()), 77);

        assertThat(RULES.map(noGroup).rejections())
                .extracting(Rejection::reason)
                .containsExactly("The customer group 77 was not copied.");
        assertThat(RULES.map(noGroup).customer()).isEmpty();
    }

    @Test
    void rejectsABadAddressAloneAndDropsTheDefaultLinksToIt() {
        MagentoAddress good = address(100, "US", 33);
        MagentoAddress noCountry = address(101, "XX", null);
        MagentoCustomer customer = withDefaults(customer(5, 1, 1, List.of(good, noCountry)), 101L, 100L);

        PullRules.Mapped mapped = RULES.map(customer);

        assertThat(mapped.rejections()).containsExactly(Rejection.address(101, "The country \"XX\" is unknown."));
        PulledCustomer c = mapped.customer().orElseThrow();
        assertThat(c.addresses()).extracting(PulledAddress::id).containsExactly(100L);
        assertThat(c.defaultBilling()).isNull();
        assertThat(c.defaultShipping()).isEqualTo(100L);
        assertThat(c.addresses().get(0).regionCode()).isEqualTo("MI");
    }

    @Test
    void keepsTheConfirmationKeyAsThisServiceKeepsItsOwn() {
        MagentoCustomer unconfirmed = withConfirmation(customer(6, 1, 1, List.of()), "k3yFromMagento");

        assertThat(RULES.map(unconfirmed).customer().orElseThrow().confirmationHash())
                .isEqualTo(SecretToken.sha256("k3yFromMagento"));
    }

    @Test
    void theFingerprintChangesWithAnyCopiedValueAndOnlyThen() {
        MagentoCustomer customer = customer(10, 1, 1, List.of(address(200, "US", 33)));
        String fingerprint = RULES.map(customer).customer().orElseThrow().fingerprint();

        assertThat(RULES.map(customer(10, 1, 1, List.of(address(200, "US", 33))))
                        .customer()
                        .orElseThrow()
                        .fingerprint())
                .isEqualTo(fingerprint);
        assertThat(RULES.map(customer(10, 1, 1, List.of(address(200, "DE", null))))
                        .customer()
                        .orElseThrow()
                        .fingerprint())
                .isNotEqualTo(fingerprint);
        assertThat(RULES.map(withConfirmation(customer, "x"))
                        .customer()
                        .orElseThrow()
                        .fingerprint())
                .isNotEqualTo(fingerprint);
    }

    @Test
    void magentosTokenRevocationComesAlongAndCountsAsAChange() {
        MagentoCustomer customer = customer(11, 1, 1, List.of());
        Instant revoked = Instant.parse("2025-06-07T08:09:10Z");

        PulledCustomer copy =
                RULES.map(withRevocation(customer, revoked)).customer().orElseThrow();

        assertThat(copy.tokensRevokedAt()).isEqualTo(revoked);
        assertThat(copy.fingerprint())
                .isNotEqualTo(RULES.map(customer).customer().orElseThrow().fingerprint());
        assertThat(copy.fingerprint())
                .isNotEqualTo(RULES.map(withRevocation(customer, revoked.plusSeconds(1)))
                        .customer()
                        .orElseThrow()
                        .fingerprint());
    }

    private static MagentoCustomer customer(long id, Integer website, Integer store, List<MagentoAddress> addresses) {
        return new MagentoCustomer(
                id,
                website,
                store,
                1,
                "Veronica@Example.com",
                null,
                "Veronica",
                null,
                "Costello",
                null,
                null,
                2,
                null,
                Instant.parse("2019-03-04T05:06:07Z"),
                Instant.parse("2024-01-02T03:04:05Z"),
                "Default Store View",
                "hash:salt:1",
                null,
                0,
                null,
                null,
                1,
                0,
                null,
                null,
                null,
                addresses);
    }

    private static MagentoAddress address(long id, String country, Integer regionId) {
        return new MagentoAddress(
                id,
                country,
                regionId,
                null,
                "6146 Honey Bluff Parkway",
                null,
                "(555) 229-3326",
                null,
                "49628-7978",
                "Calder",
                "Veronica",
                "Costello",
                null,
                null,
                null,
                null);
    }

    private static MagentoCustomer withGroup(MagentoCustomer c, int group) {
        return new MagentoCustomer(
                c.id(),
                c.websiteId(),
                c.storeId(),
                group,
                c.email(),
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
                c.confirmation(),
                c.disableAutoGroupChange(),
                c.defaultBilling(),
                c.defaultShipping(),
                c.subscriberStatus(),
                c.failuresNum(),
                c.firstFailure(),
                c.lockExpires(),
                c.tokensRevokedBefore(),
                c.addresses());
    }

    private static MagentoCustomer withDefaults(MagentoCustomer c, Long billing, Long shipping) {
        return new MagentoCustomer(
                c.id(),
                c.websiteId(),
                c.storeId(),
                c.groupId(),
                c.email(),
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
                c.confirmation(),
                c.disableAutoGroupChange(),
                billing,
                shipping,
                c.subscriberStatus(),
                c.failuresNum(),
                c.firstFailure(),
                c.lockExpires(),
                c.tokensRevokedBefore(),
                c.addresses());
    }

    private static MagentoCustomer withConfirmation(MagentoCustomer c, String key) {
        return new MagentoCustomer(
                c.id(),
                c.websiteId(),
                c.storeId(),
                c.groupId(),
                c.email(),
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
                key,
                c.disableAutoGroupChange(),
                c.defaultBilling(),
                c.defaultShipping(),
                c.subscriberStatus(),
                c.failuresNum(),
                c.firstFailure(),
                c.lockExpires(),
                c.tokensRevokedBefore(),
                c.addresses());
    }

    private static MagentoCustomer withRevocation(MagentoCustomer c, Instant revokeBefore) {
        return new MagentoCustomer(
                c.id(),
                c.websiteId(),
                c.storeId(),
                c.groupId(),
                c.email(),
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
                c.confirmation(),
                c.disableAutoGroupChange(),
                c.defaultBilling(),
                c.defaultShipping(),
                c.subscriberStatus(),
                c.failuresNum(),
                c.firstFailure(),
                c.lockExpires(),
                revokeBefore,
                c.addresses());
    }
}
