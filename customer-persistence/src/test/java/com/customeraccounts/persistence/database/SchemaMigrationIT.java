package com.customeraccounts.persistence.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The same migrations on a real PostgreSQL 17 and on H2, and the uniqueness rule they set up. */
class SchemaMigrationIT {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    static Stream<Arguments> databases() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return Stream.of(Arguments.of("PostgreSQL", postgres.getPostgresDatabase()), Arguments.of("H2", h2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void migratesOnceAndSeedsMagentosCustomerGroups(String name, DataSource database) throws SQLException {
        SchemaMigration.migrate(database);
        SchemaMigration.migrate(database);

        try (Connection c = database.getConnection();
                ResultSet groups = c.createStatement()
                        .executeQuery("SELECT customer_group_code FROM customer_group ORDER BY customer_group_id")) {
            Stream.of("NOT LOGGED IN", "General", "Wholesale", "Retailer").forEach(expected -> {
                try {
                    assertThat(groups.next()).isTrue();
                    assertThat(groups.getString(1)).isEqualTo(expected);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void refusesASecondAccountForTheSameEmailKeyInOneScopeOnly(String name, DataSource database) throws SQLException {
        SchemaMigration.migrate(database);
        String key = "jane" + UUID.randomUUID() + "@example.com";
        long id = System.nanoTime();
        try (Connection c = database.getConnection()) {
            insertCustomer(c, id, key, 1);
            insertCustomer(c, id + 1, key, 2);

            assertThatThrownBy(() -> insertCustomer(c, id + 2, key, 1))
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(SqlErrors.isUniqueViolation(e)).isTrue());
        }
    }

    private static void insertCustomer(Connection c, long id, String emailKey, int scope) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO customer_entity (entity_id, website_id, "
                + "store_id, group_id, email, email_key, share_scope, firstname, lastname, created_at, updated_at) "
                + "VALUES (?, 1, 1, 1, ?, ?, ?, 'Jane', 'Doe', ?, ?)")) {
            Timestamp now = Timestamp.from(Instant.now());
            insert.setLong(1, id);
            insert.setString(2, emailKey.toUpperCase());
            insert.setString(3, emailKey);
            insert.setInt(4, scope);
            insert.setTimestamp(5, now);
            insert.setTimestamp(6, now);
            insert.executeUpdate();
        }
    }
}
