package com.customeraccounts.persistence.cache;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * {@link ClusterLeases.Grid} as a Hazelcast topic of Payara's data grid. Only {@code String}s go into it, which
 * Hazelcast serializes itself: no member needs the application's classes.
 */
final class GridTopic implements ClusterLeases.Grid {

    static final String NAME = "customer-accounts.kept-reads";

    private final ITopic<String> topic;

    GridTopic(HazelcastInstance grid) {
        this.topic = grid.getTopic(NAME);
    }

    @Override
    public void publish(String message) {
        topic.publish(message);
    }

    @Override
    public AutoCloseable listen(Consumer<String> receiver) {
        UUID registration = topic.addMessageListener(message -> receiver.accept(message.getMessageObject()));
        return () -> topic.removeMessageListener(registration);
    }
}
