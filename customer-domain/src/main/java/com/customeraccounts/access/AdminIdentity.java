package com.customeraccounts.access;

import java.util.Set;

/**
 * Who an admin token speaks for: the administrator's id and ACL resources, without its password hash, so that
 * it can be kept in memory between requests.
 */
public record AdminIdentity(long id, Set<String> resources) {

    public AdminIdentity {
        resources = Set.copyOf(resources);
    }
}
