package com.customeraccounts.config;

import java.util.Optional;

/**
 * Settings changed through the API (Magento's {@code core_config_data}), such as the default customer
 * group. Values given by the environment or system properties still win over them.
 */
public interface StoredSettings {

    Optional<String> find(String path);

    void save(String path, String value);

    StoredSettings NONE = new StoredSettings() {
        @Override
        public Optional<String> find(String path) {
            return Optional.empty();
        }

        @Override
        public void save(String path, String value) {
            throw new UnsupportedOperationException("no settings store");
        }
    };
}
