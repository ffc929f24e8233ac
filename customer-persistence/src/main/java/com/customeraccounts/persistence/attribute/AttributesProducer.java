package com.customeraccounts.persistence.attribute;

import com.customeraccounts.attribute.DeclaredAttributes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The attributes of {@code attributes.file}; none when it is not set. */
@ApplicationScoped
public class AttributesProducer {

    @Inject
    @ConfigProperty(name = "attributes.file")
    Optional<String> attributesFile;

    @Produces
    @Singleton
    DeclaredAttributes declared() {
        return attributesFile
                .filter(f -> !f.isBlank())
                .map(f -> AttributesFile.read(Path.of(f)))
                .orElse(DeclaredAttributes.NONE);
    }
}
