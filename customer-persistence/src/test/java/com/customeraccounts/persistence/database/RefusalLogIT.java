package com.customeraccounts.persistence.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two sign-ups with one email at the same moment: the second insert fails on the unique index, and the service
 * answers with Magento's duplicate message. The log keeps no stack trace with the values of that row.
 */
class RefusalLogIT {

    private static final String TAKEN = "taken@example.com";

    @ParameterizedTest(name = "{0}")
    @MethodSource("com.customeraccounts.persistence.database.FreshDatabases#postgresAndH2")
    void aUniqueViolationLeavesNoWarningWithTheRowsValues(String name, Supplier<DataSource> database) {
        List<String> warnings = warningsOfASecondInsert(
                database.get(), Map.of("eclipselink.session.customizer", SessionSetup.class.getName()));

        assertThat(warnings).noneMatch(text -> text.contains(TAKEN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("com.customeraccounts.persistence.database.FreshDatabases#postgresAndH2")
    void withoutTheSessionSetupEclipseLinkWarnsWithTheRowsValues(String name, Supplier<DataSource> database) {
        List<String> warnings = warningsOfASecondInsert(database.get(), Map.of());

        assertThat(warnings).anyMatch(text -> text.contains(TAKEN));
    }

    private static List<String> warningsOfASecondInsert(DataSource database, Map<String, String> setup) {
        List<String> warnings = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    StringWriter text = new StringWriter();
                    text.append(String.valueOf(record.getMessage()));
                    if (record.getThrown() != null) {
                        record.getThrown().printStackTrace(new PrintWriter(text));
                    }
                    warnings.add(text.toString());
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger eclipseLink = Logger.getLogger("org.eclipse.persistence");
        eclipseLink.addHandler(capture);
        Map<String, String> properties = new HashMap<>(setup);
        properties.put("eclipselink.logging.logger", "JavaLogger");
        EntityManagerFactory factory = ResourceLocalUnit.over(database, List.of(), properties);
        EntityManager em = factory.createEntityManager();
        try {
            insertAdmin(em, 1);
            Throwable second = catchThrowable(() -> insertAdmin(em, 2));

            assertThat(SqlErrors.isUniqueViolation(second))
                    .as("the second insert's failure")
                    .isTrue();
            return warnings;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
            factory.close();
            eclipseLink.removeHandler(capture);
        }
    }

    private static void insertAdmin(EntityManager em, long id) {
        em.getTransaction().begin();
        em.createNativeQuery("INSERT INTO admin_user (user_id, username, password_hash, resources, created_at) "
                        + "VALUES (?, ?, 'x', '', CURRENT_TIMESTAMP)")
                .setParameter(1, id)
                .setParameter(2, TAKEN)
                .executeUpdate();
        em.getTransaction().commit();
    }
}
