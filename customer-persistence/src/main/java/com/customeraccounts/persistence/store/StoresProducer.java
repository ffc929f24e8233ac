package com.customeraccounts.persistence.store;

import com.customeraccounts.store.Stores;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The store hierarchy of {@code stores.file}, or Magento's default one when it is not set. */
@ApplicationScoped
public class StoresProducer {

    @Inject
    @ConfigProperty(name = "stores.file")
    Optional<String> storesFile;

    @Produces
    @Singleton
    Stores stores() {
        return storesFile
                .filter(f -> !f.isBlank())
                .map(f -> StoresFile.read(Path.of(f)))
                .orElseGet(Stores::magentoDefault);
    }
}
