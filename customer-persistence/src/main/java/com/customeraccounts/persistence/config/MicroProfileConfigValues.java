package com.customeraccounts.persistence.config;

import com.customeraccounts.config.ConfigValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Reads config paths through MicroProfile Config, so every key can also come from the environment by the
 * standard mapping ({@code customer/create_account/confirm} → {@code CUSTOMER_CREATE_ACCOUNT_CONFIRM}).
 */
@ApplicationScoped
public class MicroProfileConfigValues implements ConfigValues {

    private Config config;

    protected MicroProfileConfigValues() {}

    @Inject
    public MicroProfileConfigValues(Config config) {
        this.config = config;
    }

    @Override
    public Optional<String> find(String key) {
        return config.getOptionalValue(key, String.class);
    }
}
