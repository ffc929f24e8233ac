package com.customeraccounts.persistence.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.customeraccounts.access.AdminIdentity;
import com.customeraccounts.persistence.database.ResourceLocalUnit;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An admin bearer token and its administrator, read together in one statement, then kept in memory until the
 * administrator changes.
 */
class JpaAccessTokensIT {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    @ParameterizedTest(name = "{0}")
    @MethodSource("com.customeraccounts.persistence.database.FreshDatabases#postgresAndH2")
    void findsTheAdministratorOfAnUnexpiredAdminTokenOnlyAndKeepsItUntilItChanges(
            String name, Supplier<DataSource> database) {
        EntityManagerFactory factory = ResourceLocalUnit.over(
                database.get(), List.of(AdminUserEntity.class.getName(), OAuthTokenEntity.class.getName()));
        EntityManager em = factory.createEntityManager();
        try {
            TokenCache cache = new TokenCache(true, null);
            JpaAdministrators administrators = new JpaAdministrators();
            administrators.em = em;
            administrators.cache = cache;
            JpaAccessTokens tokens = new JpaAccessTokens();
            tokens.em = em;
            tokens.cache = cache;
            em.getTransaction().begin();
            administrators.save("admin", "hash", Set.of("Magento_Customer::manage", "Magento_Customer::group"));
            long adminId = administrators.findByUsername("admin").orElseThrow().id();
            tokens.saveAdminToken("admin-token-hash", adminId, NOW.plus(Duration.ofHours(4)));
            em.getTransaction().commit();
            em.clear();

            Optional<AdminIdentity> found = tokens.findAdmin("admin-token-hash", NOW);
            assertThat(found).hasValueSatisfying(admin -> {
                assertThat(admin.id()).isEqualTo(adminId);
                assertThat(admin.resources())
                        .containsExactlyInAnyOrder("Magento_Customer::manage", "Magento_Customer::group");
            });
            assertThat(tokens.findAdmin("admin-token-hash", NOW.plus(Duration.ofHours(4))))
                    .as("at its expiry")
                    .isEmpty();

            em.getTransaction().begin();
            em.createNativeQuery("UPDATE admin_user SET resources = 'Magento_Customer::manage'")
                    .executeUpdate();
            em.getTransaction().commit();
            assertThat(tokens.findAdmin("admin-token-hash", NOW).orElseThrow().resources())
                    .as("kept from the first read, not read again")
                    .containsExactlyInAnyOrder("Magento_Customer::manage", "Magento_Customer::group");

            em.getTransaction().begin();
            administrators.save("admin", "new-hash", Set.of("Magento_Customer::manage"));
            em.getTransaction().commit();
            assertThat(tokens.findAdmin("admin-token-hash", NOW).orElseThrow().resources())
                    .as("read again once the administrator changed")
                    .containsExactly("Magento_Customer::manage");
            assertThat(tokens.findAdmin("no-such-hash", NOW)).isEmpty();
        } finally {
            em.close();
            factory.close();
        }
    }
}
