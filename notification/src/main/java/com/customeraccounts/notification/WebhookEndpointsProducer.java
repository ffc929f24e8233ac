package com.customeraccounts.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The endpoints of {@code webhooks.file}; none when it is not set. */
@ApplicationScoped
class WebhookEndpointsProducer {

    @Inject
    @ConfigProperty(name = "webhooks.file")
    Optional<String> webhooksFile;

    @Produces
    @Singleton
    WebhookEndpoints endpoints() {
        return webhooksFile
                .filter(f -> !f.isBlank())
                .map(f -> WebhooksFile.read(Path.of(f)))
                .orElse(WebhookEndpoints.NONE);
    }
}
