package com.customeraccounts.persistence.access;

import com.customeraccounts.access.AccessTokens;
import com.customeraccounts.access.AdminIdentity;
import com.customeraccounts.customer.CustomerId;
import com.customeraccounts.persistence.access.TokenCache.Entry;
import com.customeraccounts.persistence.access.TokenCache.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAccessTokens implements AccessTokens {

    @PersistenceContext(unitName = "customers")
    EntityManager em;

    @Inject
    TokenCache cache;

    @Override
    public void saveAdminToken(String tokenHash, long adminId, Instant expiresAt) {
        OAuthTokenEntity token = new OAuthTokenEntity();
        token.tokenHash = tokenHash;
        token.userType = OAuthTokenEntity.ADMIN;
        token.adminId = adminId;
        token.createdAt = LocalDateTime.now(Clock.systemUTC());
        token.expiresAt = LocalDateTime.ofInstant(expiresAt, ZoneOffset.UTC);
        em.persist(token);
    }

    @Override
    public void saveCustomerToken(String tokenHash, CustomerId customer, Instant expiresAt) {
        OAuthTokenEntity token = new OAuthTokenEntity();
        token.tokenHash = tokenHash;
        token.userType = OAuthTokenEntity.CUSTOMER;
        token.customerId = customer.value();
        token.createdAt = LocalDateTime.now(Clock.systemUTC());
        token.expiresAt = LocalDateTime.ofInstant(expiresAt, ZoneOffset.UTC);
        em.persist(token);
    }

    @Override
    public Optional<CustomerId> findCustomer(String tokenHash, Instant now) {
        Optional<Entry> kept = cache.find(tokenHash, Kind.CUSTOMER, now);
        if (kept.isPresent()) {
            return Optional.of((CustomerId) kept.get().subject());
        }
        long stamp = cache.stamp();
        OAuthTokenEntity token = em.find(OAuthTokenEntity.class, tokenHash);
        if (token == null
                || token.userType != OAuthTokenEntity.CUSTOMER
                || !token.expiresAt.isAfter(LocalDateTime.ofInstant(now, ZoneOffset.UTC))) {
            return Optional.empty();
        }
        CustomerId customer = new CustomerId(token.customerId);
        cache.keep(tokenHash, new Entry(Kind.CUSTOMER, token.customerId, customer, instant(token.expiresAt)), stamp);
        return Optional.of(customer);
    }

    @Override
    public void revokeCustomerTokens(CustomerId customer, Instant revokedAt) {
        cache.forgetCustomer(customer.value());
        em.createQuery("DELETE FROM OAuthTokenEntity t WHERE t.customerId = :customer")
                .setParameter("customer", customer.value())
                .executeUpdate();
        recordRevocation(customer, revokedAt);
    }

    @Override
    public void revokeCustomerTokensExcept(CustomerId customer, String keptTokenHash, Instant revokedAt) {
        cache.forgetCustomer(customer.value());
        em.createQuery("DELETE FROM OAuthTokenEntity t WHERE t.customerId = :customer AND t.tokenHash <> :kept")
                .setParameter("customer", customer.value())
                .setParameter("kept", keptTokenHash == null ? "" : keptTokenHash)
                .executeUpdate();
        recordRevocation(customer, revokedAt);
    }

    /** Not a mapped field of the customer: the customer's version and cached state stay as they are. */
    private void recordRevocation(CustomerId customer, Instant revokedAt) {
        em.createNativeQuery("UPDATE customer_entity SET tokens_revoked_at = ? WHERE entity_id = ?")
                .setParameter(1, LocalDateTime.ofInstant(revokedAt.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC))
                .setParameter(2, customer.value())
                .executeUpdate();
    }

    @Override
    public Optional<Instant> customerTokensRevokedAt(CustomerId customer) {
        List<?> rows = em.createNativeQuery("SELECT tokens_revoked_at FROM customer_entity WHERE entity_id = ?")
                .setParameter(1, customer.value())
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object revoked = rows.get(0);
        return Optional.of(revoked == null ? Instant.EPOCH : toInstant(revoked));
    }

    private static Instant toInstant(Object timestamp) {
        return timestamp instanceof LocalDateTime local
                ? local.toInstant(ZoneOffset.UTC)
                : ((java.sql.Timestamp) timestamp).toLocalDateTime().toInstant(ZoneOffset.UTC);
    }

    @Override
    public Optional<AdminIdentity> findAdmin(String tokenHash, Instant now) {
        Optional<Entry> kept = cache.find(tokenHash, Kind.ADMIN, now);
        if (kept.isPresent()) {
            return Optional.of((AdminIdentity) kept.get().subject());
        }
        long stamp = cache.stamp();
        List<Object[]> rows = em.createQuery(
                        "SELECT a.id, a.resources, t.expiresAt FROM OAuthTokenEntity t, AdminUserEntity a"
                                + " WHERE t.tokenHash = :hash AND t.userType = :admin AND t.expiresAt > :now"
                                + " AND a.id = t.adminId",
                        Object[].class)
                .setParameter("hash", tokenHash)
                .setParameter("admin", OAuthTokenEntity.ADMIN)
                .setParameter("now", LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        long adminId = ((Number) row[0]).longValue();
        AdminIdentity admin = new AdminIdentity(adminId, JpaAdministrators.resources((String) row[1]));
        cache.keep(tokenHash, new Entry(Kind.ADMIN, adminId, admin, instant((LocalDateTime) row[2])), stamp);
        return Optional.of(admin);
    }

    private static Instant instant(LocalDateTime utc) {
        return utc.toInstant(ZoneOffset.UTC);
    }
}
