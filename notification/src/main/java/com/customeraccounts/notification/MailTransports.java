package com.customeraccounts.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/** SMTP when {@code mail.smtp.host} is set, else files under {@code data.dir/mail}. */
@ApplicationScoped
class MailTransports {

    @Inject
    Config config;

    @Produces
    @Singleton
    MailTransport transport() {
        Optional<String> host =
                config.getOptionalValue("mail.smtp.host", String.class).filter(h -> !h.isBlank());
        if (host.isEmpty()) {
            return new FileDropTransport(
                    Path.of(config.getOptionalValue("data.dir", String.class).orElse("./data"), "mail"));
        }
        return new SmtpTransport(
                host.get(),
                config.getOptionalValue("mail.smtp.port", Integer.class).orElse(25),
                config.getOptionalValue("mail.smtp.user", String.class)
                        .filter(u -> !u.isBlank())
                        .orElse(null),
                config.getOptionalValue("mail.smtp.password", String.class).orElse(""),
                config.getOptionalValue("mail.smtp.starttls", Boolean.class).orElse(false));
    }
}
