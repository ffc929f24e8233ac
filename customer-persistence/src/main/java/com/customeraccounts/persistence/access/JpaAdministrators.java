package com.customeraccounts.persistence.access;

import com.customeraccounts.access.Administrator;
import com.customeraccounts.access.Administrators;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaAdministrators implements Administrators {

    @PersistenceContext(unitName = "customers")
    EntityManager em;

    @Inject
    TokenCache cache;

    @Override
    public Optional<Administrator> findByUsername(String username) {
        return entity(username).map(JpaAdministrators::toDomain);
    }

    @Override
    public void save(String username, String passwordHash, Set<String> resources) {
        Optional<AdminUserEntity> existing = entity(username);
        // its tokens stand for its old resources: asked again from the database
        existing.ifPresent(changed -> cache.forgetAdmin(changed.id));
        AdminUserEntity entity = existing.orElseGet(() -> {
            AdminUserEntity created = new AdminUserEntity();
            created.username = username;
            created.createdAt = LocalDateTime.now(Clock.systemUTC());
            em.persist(created);
            return created;
        });
        entity.passwordHash = passwordHash;
        entity.resources = String.join(",", resources);
    }

    private Optional<AdminUserEntity> entity(String username) {
        return em.createQuery("SELECT a FROM AdminUserEntity a WHERE a.username = :username", AdminUserEntity.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    static Administrator toDomain(AdminUserEntity e) {
        return new Administrator(e.id, e.username, e.passwordHash, resources(e.resources));
    }

    /** The ACL resources of an {@code admin_user} row, stored comma-separated. */
    static Set<String> resources(String stored) {
        return Arrays.stream(stored.split(",")).filter(r -> !r.isBlank()).collect(Collectors.toSet());
    }
}
