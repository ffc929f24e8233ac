package com.customeraccounts.access;

import com.customeraccounts.customer.CustomerId;
import java.util.Optional;
import java.util.Set;

/**
 * Who a request comes from. A missing, malformed or expired token makes a guest, as in Magento: it is not
 * an error by itself, only when the route needs more.
 */
public final class Caller {

    private static final Caller GUEST = new Caller(null, Set.of(), null);

    private final CustomerId customerId;
    private final Set<String> resources;
    private final String identity;

    private Caller(CustomerId customerId, Set<String> resources, String identity) {
        this.customerId = customerId;
        this.resources = Set.copyOf(resources);
        this.identity = identity;
    }

    public static Caller guest() {
        return GUEST;
    }

    public static Caller customer(CustomerId id) {
        return new Caller(id, Set.of(), "customer " + id.value());
    }

    /** An administrator or integration, named by {@code identity}, holding these ACL resources. */
    public static Caller admin(String identity, Set<String> resources) {
        return new Caller(null, resources, identity);
    }

    /**
     * Who this is, the same on every request whatever token or signature it comes with ({@code customer 42},
     * {@code admin 1}, {@code integration ERP}); empty for a guest.
     */
    public Optional<String> identity() {
        return Optional.ofNullable(identity);
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
