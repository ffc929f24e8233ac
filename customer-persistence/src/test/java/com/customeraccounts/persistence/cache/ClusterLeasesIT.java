package com.customeraccounts.persistence.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.customeraccounts.persistence.cache.ClusterLeases.Timing;
import com.customeraccounts.persistence.database.FreshDatabases;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two members of a cluster on a real PostgreSQL 17 (a fresh database per test), each with its customers kept,
 * reaching each other through a grid in this process that can cut one of them off. Their leases are renewed by
 * the test, not by a schedule, so that each renewal happens where the test says.
 */
class ClusterLeasesIT {

    private static final Timing TIMING = new Timing(
            Duration.ofMillis(1500), Duration.ofMillis(500), Duration.ofMillis(1500), Duration.ofMillis(200));

    private final DataSource database = FreshDatabases.freshPostgres();
    private final Bus bus = new Bus();
    private final List<Member> members = new ArrayList<>();

    @AfterEach
    void stop() {
        members.forEach(member -> member.leases.stop());
    }

    @Test
    void aMemberKeepsNothingUntilItHasBeenQuietForLongerThanAListOfMembersIsUsed() {
        Member member = member();

        member.leases.renew();

        assertThat(member.leases.isServing())
                .as("just after its lease was written")
                .isFalse();
        member.customers.keep(7L, "Jane", member.customers.stamp());
        assertThat(member.customers.get(7L)).isNull();
        awaitServing(member);
        member.customers.keep(7L, "Jane", member.customers.stamp());
        assertThat(member.customers.get(7L)).isEqualTo("Jane");
    }

    @Test
    void aChangeToldByOneMemberIsForgottenByTheOtherBeforeTheTellingReturns() throws Exception {
        Member writer = serving();
        Member reader = serving();
        reader.customers.keep(7L, "Jane", reader.customers.stamp());
        reader.customers.keep(8L, "John", reader.customers.stamp());
        writer.leases.renew();

        Set<String> unconfirmed = writer.leases.told(changed(7L));

        assertThat(unconfirmed).isEmpty();
        assertThat(reader.customers.get(7L)).as("the changed customer").isNull();
        assertThat(reader.customers.get(8L)).as("another customer").isEqualTo("John");
        assertThat(reader.leases.isServing())
                .as("a member that confirmed keeps its lease")
                .isTrue();
        assertThat(revoked(reader)).isFalse();
    }

    @Test
    void aReadUnderWayWhenAChangeIsToldIsNotKept() {
        Member writer = serving();
        Member reader = serving();
        writer.leases.renew();
        long beforeTheRead = reader.customers.stamp();

        writer.leases.told(changed(7L));
        reader.customers.keep(7L, "Jane as before the change", beforeTheRead);

        assertThat(reader.customers.size()).isZero();
    }

    @Test
    void aMemberCutOffFromTheGridHasStoppedAnsweringFromMemoryWhenAChangeReturnsAndForgetsAllWhenItRenews()
            throws Exception {
        Member writer = serving();
        Member cutOff = serving();
        cutOff.customers.keep(7L, "Jane", cutOff.customers.stamp());
        cutOff.customers.keep(8L, "John", cutOff.customers.stamp());
        writer.leases.renew();
        cutOff.leases.renew();
        bus.cutOff(cutOff.leases.memberId());

        Set<String> unconfirmed = writer.leases.told(changed(7L));

        assertThat(unconfirmed).containsExactly(cutOff.leases.memberId());
        assertThat(cutOff.leases.isServing()).as("when the change returns").isFalse();
        assertThat(revoked(cutOff)).isTrue();
        cutOff.leases.renew();
        assertThat(cutOff.customers.size()).as("kept after its next renewal").isZero();
        assertThat(cutOff.leases.isServing())
                .as("quiet again after that renewal")
                .isFalse();
        assertThat(revoked(cutOff)).as("its lease, written anew").isFalse();
    }

    @Test
    void aChangeMadeWithoutAGridWaitsOutEveryOtherLease() throws Exception {
        Member reader = serving();
        reader.customers.keep(7L, "Jane", reader.customers.stamp());
        ClusterLeases gridless = new ClusterLeases(database, null, TIMING, Map.of());
        reader.leases.renew();

        gridless.told(changed(7L));

        assertThat(reader.leases.isServing()).isFalse();
        reader.leases.renew();
        assertThat(reader.customers.size()).isZero();
        gridless.stop();
    }

    @Test
    void aMemberThatLeftIsNoLongerWaitedFor() throws Exception {
        Member writer = serving();
        Member gone = serving();
        gone.leases.stop();
        bus.cutOff(gone.leases.memberId());
        writer.leases.renew();
        Member other = serving();
        other.customers.keep(7L, "Jane", other.customers.stamp());
        writer.leases.renew();

        Set<String> unconfirmed = writer.leases.told(changed(7L));

        assertThat(unconfirmed).as("waited for").isEmpty();
        assertThat(other.customers.get(7L)).isNull();
        assertThat(other.leases.isServing())
                .as("a member still there, not revoked for the one that left")
                .isTrue();
    }

    @Test
    void aChangeToldBeforeTheWritersFirstRenewalStillReachesTheOthers() {
        Member reader = serving();
        reader.customers.keep(7L, "Jane", reader.customers.stamp());
        Member writer = member();

        Set<String> unconfirmed = writer.leases.told(changed(7L));

        assertThat(unconfirmed).isEmpty();
        assertThat(reader.customers.get(7L)).isNull();
    }

    @Test
    void aMemberRevokedTwiceInARowWaitsBeforeItWritesItsLeaseAgainSoThatChangesNeedNotWaitForIt() throws Exception {
        Member writer = serving();
        Member cutOff = serving();
        bus.cutOff(cutOff.leases.memberId());
        writer.leases.renew();
        writer.leases.told(changed(7L));
        cutOff.leases.renew();
        assertThat(revoked(cutOff))
                .as("written anew after its first revocation")
                .isFalse();
        writer.leases.renew();
        assertThat(writer.leases.told(changed(8L))).containsExactly(cutOff.leases.memberId());

        cutOff.leases.renew();

        assertThat(revoked(cutOff)).as("after its second revocation in a row").isTrue();
        assertThat(cutOff.leases.isServing()).isFalse();
    }

    private static List<ClusterLeases.Forgotten> changed(long customerId) {
        return List.of(new ClusterLeases.Forgotten("customers", customerId));
    }

    private Member serving() {
        Member member = member();
        member.leases.renew();
        awaitServing(member);
        return member;
    }

    private Member member() {
        Member member = new Member(bus, database);
        members.add(member);
        return member;
    }

    /** Renews the lease as its schedule would, until the member's quiet has passed. */
    private static void awaitServing(Member member) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!member.leases.isServing()) {
            assertThat(System.nanoTime() - deadline).as("serving within 20 s").isNegative();
            member.leases.renew();
            java.util.concurrent.locks.LockSupport.parkNanos(TIMING.renewEvery().toNanos() / 5);
        }
    }

    private boolean revoked(Member member) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement select =
                        connection.prepareStatement("SELECT revoked FROM kept_reads_member WHERE member_id = ?")) {
            select.setString(1, member.leases.memberId());
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next())
                        .as("a lease of %s", member.leases.memberId())
                        .isTrue();
                return row.getBoolean(1);
            }
        }
    }

    private static final class Member {

        final KeptReads<Long, String> customers;
        final ClusterLeases leases;

        Member(Bus bus, DataSource database) {
            ClusterLeases[] self = new ClusterLeases[1];
            customers = new KeptReads<>("customers", () -> self[0].isServing(), 100);
            leases = new ClusterLeases(
                    database, bus.port(() -> self[0].memberId()), TIMING, Map.of("customers", customers::forgetTold));
            self[0] = leases;
        }
    }

    /** Delivers every message at once to every member, except to and from those cut off. */
    private static final class Bus {

        private final Map<Supplier<String>, Consumer<String>> receivers = new ConcurrentHashMap<>();
        private final Set<String> cutOff = ConcurrentHashMap.newKeySet();

        ClusterLeases.Grid port(Supplier<String> member) {
            return new ClusterLeases.Grid() {
                @Override
                public void publish(String message) {
                    if (cutOff.contains(member.get())) {
                        return;
                    }
                    receivers.forEach((to, receiver) -> {
                        if (!cutOff.contains(to.get())) {
                            receiver.accept(message);
                        }
                    });
                }

                @Override
                public AutoCloseable listen(Consumer<String> receiver) {
                    receivers.put(member, receiver);
                    return () -> receivers.remove(member);
                }
            };
        }

        void cutOff(String member) {
            cutOff.add(member);
        }
    }
}
