package com.customeraccounts.web.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The counts in a real Hazelcast cluster of two members on the loopback interface, as two instances have it. */
class GridWindowCountsTest {

    private static final Duration WINDOW = Duration.ofMinutes(10);
    private static final Duration WAIT = Duration.ofSeconds(5);

    private static HazelcastInstance first;
    private static HazelcastInstance second;

    @BeforeAll
    static void startTwoMembers() {
        String cluster = "ratelimit-test-" + UUID.randomUUID();
        int firstPort = freePort();
        // the first lists only itself, so it need not wait for the second to be up before it starts
        first = Hazelcast.newHazelcastInstance(member(cluster, firstPort, firstPort));
        int secondPort = freePort();
        second = Hazelcast.newHazelcastInstance(member(cluster, secondPort, firstPort, secondPort));
        assertThat(first.getCluster().getMembers()).as("one cluster").hasSize(2);
    }

    @AfterAll
    static void stopThem() {
        second.shutdown();
        first.shutdown();
    }

    @Test
    void countsOneRequestAfterAnotherUpToTheCeilingAndNoFurther() throws Exception {
        GridWindowCounts counts = new GridWindowCounts(first);
        String key = key();

        List<Long> seen = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            seen.add(counts.increment(key, 3, WINDOW, WAIT));
        }

        assertThat(seen).containsExactly(1L, 2L, 3L, 4L, 4L);
        assertThat(first.getCacheManager()
                        .<String, Long>getCache(GridWindowCounts.CACHE_PREFIX + "600s")
                        .get(key))
                .as("a request over the ceiling writes nothing")
                .isEqualTo(3L);
    }

    @Test
    void bothMembersCountAgainstOneNumber() throws Exception {
        GridWindowCounts onFirst = new GridWindowCounts(first);
        GridWindowCounts onSecond = new GridWindowCounts(second);
        String key = key();

        assertThat(onFirst.increment(key, 5, WINDOW, WAIT)).isEqualTo(1);
        assertThat(onSecond.increment(key, 5, WINDOW, WAIT)).isEqualTo(2);
        assertThat(onFirst.increment(key, 5, WINDOW, WAIT)).isEqualTo(3);
        assertThat(onSecond.increment(key, 5, WINDOW, WAIT)).isEqualTo(4);
    }

    @Test
    void concurrentRequestsOnBothMembersLetExactlyTheCeilingThrough() throws Exception {
        List<GridWindowCounts> members = List.of(new GridWindowCounts(first), new GridWindowCounts(second));
        String key = key();
        ExecutorService clients = Executors.newFixedThreadPool(16);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Long>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                GridWindowCounts counts = members.get(i % 2);
                answers.add(clients.submit(() -> {
                    go.await();
                    return counts.increment(key, 5, WINDOW, WAIT);
                }));
            }
            go.countDown();
            List<Long> counted = new ArrayList<>();
            for (Future<Long> answer : answers) {
                counted.add(answer.get());
            }

            assertThat(counted.stream().filter(count -> count <= 5))
                    .as("requests let through")
                    .containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L);
            assertThat(counted.stream().filter(count -> count > 5)).hasSize(11);
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void forgetsACountOnceItsWindowHasPassed() throws Exception {
        GridWindowCounts counts = new GridWindowCounts(first);
        String key = key();
        Duration aSecond = Duration.ofSeconds(1);
        counts.increment(key, 1, aSecond, WAIT);
        assertThat(counts.increment(key, 1, aSecond, WAIT)).isEqualTo(2);

        Instant deadline = Instant.now().plusSeconds(10);
        while (first.getCacheManager()
                .getCache(GridWindowCounts.CACHE_PREFIX + "1s")
                .containsKey(key)) {
            assertThat(Instant.now()).as("the count expired").isBefore(deadline);
            Thread.sleep(50);
        }
        assertThat(counts.increment(key, 1, aSecond, WAIT)).isEqualTo(1);
    }

    @Test
    void isUnavailableOnceTheGridIsGone() throws Exception {
        int port = freePort();
        HazelcastInstance alone = Hazelcast.newHazelcastInstance(member("alone-" + UUID.randomUUID(), port, port));
        GridWindowCounts counts = new GridWindowCounts(alone);
        counts.prepare(List.of(WINDOW));
        alone.shutdown();

        assertThatThrownBy(() -> counts.increment(key(), 5, WINDOW, WAIT)).isInstanceOf(WindowCounts.Unavailable.class);
    }

    private static String key() {
        return "create_account 203.0.113.7 " + UUID.randomUUID();
    }

    /** A member bound to 127.0.0.1:{@code port} that joins the given ports by TCP, as {@code --clustermode tcpip:} has it. */
    private static Config member(String cluster, int port, int... members) {
        Config config = new Config().setClusterName(cluster);
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.socket.bind.any", "false");
        config.setProperty("hazelcast.wait.seconds.before.join", "0");
        config.getNetworkConfig().setPort(port).setPortAutoIncrement(false);
        config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        JoinConfig join = config.getNetworkConfig().getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true);
        for (int member : members) {
            join.getTcpIpConfig().addMember("127.0.0.1:" + member);
        }
        return config;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
