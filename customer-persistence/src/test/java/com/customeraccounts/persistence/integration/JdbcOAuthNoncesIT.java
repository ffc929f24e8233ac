package com.customeraccounts.persistence.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.customeraccounts.persistence.database.SchemaMigration;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A nonce is good once per consumer, on a real PostgreSQL 17 and on H2, however many instances ask. */
class JdbcOAuthNoncesIT {

    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private static EmbeddedPostgres postgres;

    private final String consumer = "consumer-" + UUID.randomUUID();

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        SchemaMigration.migrate(postgres.getPostgresDatabase());
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    static Stream<Arguments> databases() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        SchemaMigration.migrate(h2);
        return Stream.of(Arguments.of("PostgreSQL", postgres.getPostgresDatabase()), Arguments.of("H2", h2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void acceptsANonceOnceAndRefusesItTheSecondTime(String name, DataSource database) {
        JdbcOAuthNonces nonces = new JdbcOAuthNonces(database, CLOCK);

        assertThat(nonces.use(consumer, "7d8f3e4a", NOW)).isTrue();
        assertThat(nonces.use(consumer, "7d8f3e4a", NOW.plusSeconds(30))).isFalse();
        assertThat(new JdbcOAuthNonces(database, CLOCK).use(consumer, "7d8f3e4a", NOW))
                .isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void keepsNoncesApartPerConsumerAndCaseSensitive(String name, DataSource database) {
        JdbcOAuthNonces nonces = new JdbcOAuthNonces(database, CLOCK);

        assertThat(nonces.use(consumer, "abc", NOW)).isTrue();
        assertThat(nonces.use(consumer + "-other", "abc", NOW)).isTrue();
        assertThat(nonces.use(consumer, "ABC", NOW)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void letsExactlyOneOfManyConcurrentUsesThrough(String name, DataSource database) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> uses = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                uses.add(() -> new JdbcOAuthNonces(database, CLOCK).use(consumer, "raced", NOW));
            }
            int accepted = 0;
            for (Future<Boolean> use : pool.invokeAll(uses)) {
                accepted += use.get() ? 1 : 0;
            }
            assertThat(accepted).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void deletesNoncesOlderThanAnHourAlongTheWay(String name, DataSource database) throws SQLException {
        insert(database, "two-hours-old", NOW.minusSeconds(7200));
        insert(database, "half-an-hour-old", NOW.minusSeconds(1800));

        assertThat(new JdbcOAuthNonces(database, CLOCK).use(consumer, "fresh", NOW))
                .isTrue();

        assertThat(noncesOf(database)).containsExactlyInAnyOrder("half-an-hour-old", "fresh");
    }

    private void insert(DataSource database, String nonce, Instant usedAt) throws SQLException {
        try (Connection c = database.getConnection();
                PreparedStatement insert =
                        c.prepareStatement("INSERT INTO oauth_nonce (consumer_key, nonce, used_at) VALUES (?, ?, ?)")) {
            insert.setString(1, consumer);
            insert.setString(2, nonce);
            insert.setObject(3, LocalDateTime.ofInstant(usedAt, ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    private List<String> noncesOf(DataSource database) throws SQLException {
        try (Connection c = database.getConnection();
                PreparedStatement select = c.prepareStatement("SELECT nonce FROM oauth_nonce WHERE consumer_key = ?")) {
            select.setString(1, consumer);
            List<String> nonces = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    nonces.add(rows.getString(1));
                }
            }
            return nonces;
        }
    }
}
