package com.customeraccounts.access;

import com.customeraccounts.customer.CustomerId;
import java.util.Optional;
import java.util.Set;

/**
 * Who a request comes from. A missing, malformed or expired token makes a guest, as in Magento: it is not
 * an error by itself, only when the route needs more.
 */
public final class Caller {

    private static final Caller GUEST = new Caller(null, Set.of());

    private final CustomerId customerId;
    private final Set<String> resources;

    private Caller(CustomerId customerId, Set<String> resources) {
        this.customerId = customerId;
        this.resources = Set.copyOf(resources);
    }

    public static Caller guest() {
        return GUEST;
    }

    public static Caller customer(CustomerId id) {
        return new Caller(id, Set.of());
    }

    /** An administrator or integration holding these ACL resources. */
    public static Caller admin(Set<String> resources) {
        return new Caller(null, resources);
    }

    /** An administrator or an integration, as opposed to a customer or a guest. */
    public boolean isAdministrative() {
        return !resources.isEmpty();
    }

    public Optional<CustomerId> customerId() {
        return Optional.ofNullable(customerId);
    }

    /** Whether this caller holds an ACL resource ({@code Magento_Backend::all} holds every one). */
    public boolean isAllowed(String resource) {
        return resources.contains(AclResource.ALL) || resources.contains(resource);
    }
}
