package com.customeraccounts.access;

import java.util.Objects;
import java.util.Set;

/** An admin user who can obtain admin tokens; holds ACL resources through its role. */
public record Administrator(long id, String username, String passwordHash, Set<String> resources) {

    public Administrator {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(passwordHash, "passwordHash");
        resources = Set.copyOf(resources);
    }

    @Override
    public String toString() {
        return "Administrator[" + username + "]";
    }
}
