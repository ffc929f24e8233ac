package com.customeraccounts.access;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The integrations this service knows, looked up by consumer key or by access token. Immutable; a key or
 * token shared by two integrations is a configuration mistake and refused.
 */
public final class Integrations {

    private static final Integrations NONE = new Integrations(List.of());

    private final List<Integration> all;
    private final Map<String, Integration> byConsumerKey = new HashMap<>();
    private final Map<String, Integration> byAccessToken = new HashMap<>();

    public Integrations(Collection<Integration> integrations) {
        this.all = List.copyOf(integrations);
        for (Integration integration : all) {
            if (byConsumerKey.putIfAbsent(integration.consumerKey(), integration) != null) {
                throw new IllegalArgumentException("Two integrations have the consumer key of " + integration.name());
            }
            if (byAccessToken.putIfAbsent(integration.accessToken(), integration) != null) {
                throw new IllegalArgumentException("Two integrations have the access token of " + integration.name());
            }
        }
    }

    public static Integrations none() {
        return NONE;
    }

    public Optional<Integration> findByConsumerKey(String consumerKey) {
        return Optional.ofNullable(byConsumerKey.get(consumerKey));
    }

    public Optional<Integration> findByAccessToken(String accessToken) {
        return Optional.ofNullable(byAccessToken.get(accessToken));
    }

    public List<Integration> all() {
        return all;
    }

    @Override
    public String toString() {
        return "Integrations" + all;
    }
}
