package com.customeraccounts.persistence.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.customeraccounts.persistence.database.FreshDatabases;
import com.customeraccounts.persistence.database.Sequences;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** New customers' and addresses' ids, reserved by two instances at once, on PostgreSQL and H2. */
class ReservedIdsIT {

    static Stream<Arguments> databases() {
        return FreshDatabases.postgresAndH2();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void twoInstancesOfManyThreadsNeverHandOutTheSameId(String name, Supplier<DataSource> database) throws Exception {
        DataSource ds = database.get();
        ReservedIds first = new ReservedIds(ds);
        ReservedIds second = new ReservedIds(ds);
        List<Callable<List<Long>>> takers = new ArrayList<>();
        for (int thread = 0; thread < 8; thread++) {
            ReservedIds instance = thread % 2 == 0 ? first : second;
            takers.add(() -> {
                List<Long> taken = new ArrayList<>();
                for (int i = 0; i < 130; i++) {
                    taken.add(instance.customerId());
                }
                return taken;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Long> all = new ArrayList<>();
        try {
            for (Future<List<Long>> taken : pool.invokeAll(takers)) {
                all.addAll(taken.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(new HashSet<>(all)).as("distinct ids of 1,040 taken").hasSize(1_040);
        assertThat(Collections.min(all)).isPositive();
        long blocks = lastValue(ds, Sequences.CUSTOMER) / Sequences.BLOCK;
        assertThat(blocks)
                .as("blocks of %d taken from the sequence: 520 ids each by two instances", Sequences.BLOCK)
                .isEqualTo(22);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void afterTheSequencesMoveForgottenIdsAreNeverHandedOut(String name, Supplier<DataSource> database)
            throws SQLException {
        DataSource ds = database.get();
        ReservedIds ids = new ReservedIds(ds);
        long customer = ids.customerId();
        long address = ids.addressId();
        try (Connection connection = ds.getConnection()) {
            // a migration wrote ids explicitly, up to 10,000, in another instance
            new Sequences(connection).moveAbove(Sequences.CUSTOMER, 10_000);
            new Sequences(connection).moveAbove(Sequences.ADDRESS, 10_000);
        }

        assertThat(ids.customerId())
                .as("still in the block reserved before the move")
                .isEqualTo(customer + 1);
        ids.forget();

        assertThat(ids.customerId()).isGreaterThan(10_000);
        assertThat(ids.addressId()).isGreaterThan(10_000).isNotEqualTo(address + 1);
    }

    private static long lastValue(DataSource ds, String sequence) throws SQLException {
        try (Connection connection = ds.getConnection()) {
            return new Sequences(connection).next(sequence) - Sequences.BLOCK;
        }
    }
}
