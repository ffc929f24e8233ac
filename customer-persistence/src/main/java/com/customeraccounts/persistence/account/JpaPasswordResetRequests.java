package com.customeraccounts.persistence.account;

import com.customeraccounts.account.PasswordResetRequests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** The {@code password_reset_request_event} table, in the caller's transaction. */
@ApplicationScoped
public class JpaPasswordResetRequests implements PasswordResetRequests {

    @PersistenceContext(unitName = "customers")
    EntityManager em;

    @Override
    public Optional<Instant> last(String emailKey) {
        Object last = em.createNativeQuery(
                        "SELECT MAX(requested_at) FROM password_reset_request_event WHERE email_key = ?")
                .setParameter(1, emailKey)
                .getSingleResult();
        return Optional.ofNullable(toLocal(last)).map(t -> t.toInstant(ZoneOffset.UTC));
    }

    @Override
    public int countSince(String emailKey, Instant since) {
        Object count = em.createNativeQuery("SELECT COUNT(*) FROM password_reset_request_event WHERE email_key = ? "
                        + "AND requested_at >= ?")
                .setParameter(1, emailKey)
                .setParameter(2, LocalDateTime.ofInstant(since, ZoneOffset.UTC))
                .getSingleResult();
        return ((Number) count).intValue();
    }

    @Override
    public void record(String emailKey, Instant at) {
        em.createNativeQuery("INSERT INTO password_reset_request_event (email_key, requested_at) VALUES (?, ?)")
                .setParameter(1, emailKey)
                .setParameter(2, LocalDateTime.ofInstant(at, ZoneOffset.UTC))
                .executeUpdate();
    }

    private static LocalDateTime toLocal(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDateTime local) {
            return local;
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime();
        }
        throw new IllegalStateException(
                "unexpected timestamp type " + value.getClass().getName());
    }
}
