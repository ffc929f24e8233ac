package com.customeraccounts.persistence.integration;

import com.customeraccounts.access.Integrations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The integrations of {@code integrations.file}; none when it is not set. */
@ApplicationScoped
public class IntegrationsProducer {

    @Inject
    @ConfigProperty(name = "integrations.file")
    Optional<String> integrationsFile;

    @Produces
    @Singleton
    Integrations integrations() {
        return integrationsFile
                .filter(f -> !f.isBlank())
                .map(f -> IntegrationsFile.read(Path.of(f)))
                .orElseGet(Integrations::none);
    }
}
