package com.customeraccounts.notification;

import jakarta.mail.Session;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * With no SMTP server configured, each email becomes an {@code .eml} file under {@code data.dir/mail/}:
 * the zero-setup default. A file appears whole or not at all.
 */
final class FileDropTransport implements MailTransport {

    private final Path directory;
    private final Session session = Session.getInstance(new Properties());

    FileDropTransport(Path directory) {
        this.directory = directory;
    }

    @Override
    public void send(OutboxEmail email) throws Exception {
        Files.createDirectories(directory);
        Path target = directory.resolve(
                String.format("%08d-%s-customer-%d.eml", email.id(), email.type(), email.customerId()));
        Path partial = directory.resolve(target.getFileName() + ".partial");
        try (OutputStream out = Files.newOutputStream(partial)) {
            MimeMessages.of(session, email).writeTo(out);
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public String toString() {
        return "files under " + directory;
    }
}
