package com.customeraccounts.access;

import java.util.Objects;
import java.util.Set;

/**
 * A Magento integration: an ERP, a PIM or a script that signs its requests with OAuth 1.0a using its
 * consumer key and secret and its access token and secret, and may do what its ACL resources allow
 * ({@code Magento_Backend::all} for everything). Secrets never appear in {@link #toString()}.
 */
public record Integration(
        String name,
        String consumerKey,
        String consumerSecret,
        String accessToken,
        String accessTokenSecret,
        Set<String> resources) {

    public Integration {
        Objects.requireNonNull(name, "name");
        requireText(consumerKey, "consumerKey");
        requireText(consumerSecret, "consumerSecret");
        requireText(accessToken, "accessToken");
        requireText(accessTokenSecret, "accessTokenSecret");
        resources = Set.copyOf(resources);
    }

    /** The caller a request signed by this integration is: one holding the integration's resources. */
    public Caller caller() {
        return Caller.admin("integration " + name, resources);
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("An integration needs a " + what);
        }
    }

    @Override
    public String toString() {
        return "Integration[" + name + ", consumerKey=" + consumerKey + ", resources=" + resources + "]";
    }
}
