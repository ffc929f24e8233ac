package com.customeraccounts.web.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.customeraccounts.access.AdminBootstrap;
import com.customeraccounts.access.Administrator;
import com.customeraccounts.access.Administrators;
import com.customeraccounts.lifecycle.ServiceStarted;
import com.customeraccounts.password.PasswordHasher;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class ServiceStartupTest {

    /** The admin table as a second instance, starting at the same moment, fills it: this one's insert loses. */
    private static final class RacedAdministrators implements Administrators {
        private Optional<Administrator> row = Optional.empty();
        private int inserts;

        @Override
        public Optional<Administrator> findByUsername(String username) {
            return row;
        }

        @Override
        public void save(String username, String passwordHash, Set<String> resources) {
            if (row.isEmpty() && inserts++ == 0) {
                row = Optional.of(new Administrator(1, username, "$2a$04$the-other-instance's-hash", resources));
                throw new IllegalStateException(
                        "duplicate key value violates unique constraint admin_user_username_uq");
            }
            row = Optional.of(new Administrator(1, username, passwordHash, resources));
        }
    }

    private static final class Fired implements Event<ServiceStarted> {
        final List<ServiceStarted> events = new ArrayList<>();

        @Override
        public void fire(ServiceStarted event) {
            events.add(event);
        }

        @Override
        public <U extends ServiceStarted> CompletionStage<U> fireAsync(U event) {
            return CompletableFuture.completedFuture(event);
        }

        @Override
        public <U extends ServiceStarted> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            return CompletableFuture.completedFuture(event);
        }

        @Override
        public Event<ServiceStarted> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends ServiceStarted> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends ServiceStarted> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void startsWhenAnotherInstanceCreatedTheAdminAtTheSameMomentAndShowsNoPasswordOfItsOwn() {
        RacedAdministrators admins = new RacedAdministrators();
        Fired started = new Fired();
        ServiceStartup startup = new ServiceStartup();
        startup.adminBootstrap = new AdminBootstrap(admins, new PasswordHasher(4));
        startup.started = started;
        startup.username = "admin";
        startup.password = Optional.empty();
        List<String> warnings = new ArrayList<>();
        Logger log = Logger.getLogger(ServiceStartup.class.getName());
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                warnings.add(record.getMessage());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        log.addHandler(handler);
        try {
            startup.contextInitialized(null);
        } finally {
            log.removeHandler(handler);
        }

        assertThat(started.events).as("the service started").hasSize(1);
        assertThat(admins.findByUsername("admin").orElseThrow().passwordHash())
                .as("the other instance's admin, whose generated password that instance showed")
                .isEqualTo("$2a$04$the-other-instance's-hash");
        assertThat(warnings).noneMatch(message -> message.contains("Generated the password"));
    }
}
