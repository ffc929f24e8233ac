package com.customeraccounts.persistence.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.customeraccounts.access.Administrator;
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

/** An admin bearer token and its administrator, read together in one statement on every admin request. */
class JpaAccessTokensIT {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    @ParameterizedTest(name = "{0}")
    @MethodSource("com.customeraccounts.persistence.database.FreshDatabases#postgresAndH2")
    void findsTheAdministratorOfAnUnexpiredAdminTokenOnly(String name, Supplier<DataSource> database) {
        EntityManagerFactory factory = ResourceLocalUnit.over(
                database.get(), List.of(AdminUserEntity.class.getName(), OAuthTokenEntity.class.getName()));
        EntityManager em = factory.createEntityManager();
        try {
            JpaAdministrators administrators = new JpaAdministrators();
            administrators.em = em;
            JpaAccessTokens tokens = new JpaAccessTokens();
            tokens.em = em;
            em.getTransaction().begin();
            administrators.save("admin", "hash", Set.of("Magento_Customer::manage", "Magento_Customer::group"));
            long adminId = administrators.findByUsername("admin").orElseThrow().id();
            tokens.saveAdminToken("admin-token-hash", adminId, NOW.plus(Duration.ofHours(4)));
            em.getTransaction().commit();
            em.clear();

            Optional<Administrator> found = tokens.findAdmin("admin-token-hash", NOW);
            assertThat(found).hasValueSatisfying(admin -> {
                assertThat(admin.id()).isEqualTo(adminId);
                assertThat(admin.resources())
                        .containsExactlyInAnyOrder("Magento_Customer::manage", "Magento_Customer::group");
            });
            assertThat(tokens.findAdmin("admin-token-hash", NOW.plus(Duration.ofHours(4))))
                    .as("at its expiry")
                    .isEmpty();
            assertThat(tokens.findAdmin("no-such-hash", NOW)).isEmpty();
        } finally {
            em.close();
            factory.close();
        }
    }
}
