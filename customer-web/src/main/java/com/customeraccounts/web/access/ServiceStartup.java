package com.customeraccounts.web.access;

import com.customeraccounts.access.AdminBootstrap;
import com.customeraccounts.attribute.DeclaredAttributes;
import com.customeraccounts.lifecycle.ServiceStarted;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On start, makes sure the bootstrap admin ({@code admin.username}, {@code admin.password}) exists, then
 * tells the other modules that the service has started. A password generated on the first start is shown
 * in the log that once; it is the only secret ever logged.
 */
@WebListener
public class ServiceStartup implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(ServiceStartup.class.getName());

    @Inject
    Event<ServiceStarted> started;

    @Inject
    AdminBootstrap adminBootstrap;

    /** Read here, on start: a mistake in {@code attributes.file} stops the start, not the first save. */
    @Inject
    DeclaredAttributes declaredAttributes;

    @Inject
    @ConfigProperty(name = "admin.username", defaultValue = "admin")
    String username;

    @Inject
    @ConfigProperty(name = "admin.password")
    Optional<String> password;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ensureAdmin()
                .ifPresent(generated -> LOG.warning(() -> "Generated the password of admin user '" + username
                        + "'; it is shown only this once (set admin.password to choose one): " + generated));
        started.fire(new ServiceStarted());
    }

    /**
     * Tried a second time after a failure: instances of a cluster started together on a new database each find
     * no admin, and all but one fail to insert it (the username is unique); the second try finds the one row.
     */
    private Optional<String> ensureAdmin() {
        Optional<String> configured = password.filter(p -> !p.isEmpty());
        try {
            return adminBootstrap.ensure(username, configured);
        } catch (RuntimeException first) {
            LOG.info(() -> "Could not store the admin user (" + first.getClass().getName()
                    + "), as when another instance creates it at the same moment; trying again");
            return adminBootstrap.ensure(username, configured);
        }
    }
}
