package com.customeraccounts.web.access;

import com.customeraccounts.access.AdminBootstrap;
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

    @Inject
    @ConfigProperty(name = "admin.username", defaultValue = "admin")
    String username;

    @Inject
    @ConfigProperty(name = "admin.password")
    Optional<String> password;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        adminBootstrap
                .ensure(username, password.filter(p -> !p.isEmpty()))
                .ifPresent(generated -> LOG.warning(() -> "Generated the password of admin user '" + username
                        + "'; it is shown only this once (set admin.password to choose one): " + generated));
        started.fire(new ServiceStarted());
    }
}
