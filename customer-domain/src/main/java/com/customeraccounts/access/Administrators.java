package com.customeraccounts.access;

import java.util.Optional;

/** Where admin users are kept. */
public interface Administrators {

    Optional<Administrator> findByUsername(String username);

    /** Creates the admin user, or replaces its password and resources when it exists. */
    void save(String username, String passwordHash, java.util.Set<String> resources);
}
