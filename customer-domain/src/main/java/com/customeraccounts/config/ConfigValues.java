package com.customeraccounts.config;

import java.util.Optional;

/** Where configured values come from; the adapter maps keys to environment variables and properties. */
@FunctionalInterface
public interface ConfigValues {

    Optional<String> find(String key);
}
