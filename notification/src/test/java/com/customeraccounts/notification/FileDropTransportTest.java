package com.customeraccounts.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The zero-setup transport: one whole {@code .eml} file per email. */
class FileDropTransportTest {

    @TempDir
    Path tmp;

    static OutboxEmail email(long id, String subject, String toName) {
        return new OutboxEmail(
                id,
                42,
                "registered",
                "jane.doe@example.com",
                toName,
                "owner@example.com",
                "Owner",
                subject,
                "Jane Doe,\n\nWelcome to Main Website Store.\nLink: http://localhost:8080/x?id=42&t=1\n",
                "<!DOCTYPE html>\n<html><body><p>Welcome to <b>Main Website Store</b>.</p></body></html>\n",
                "1",
                1,
                Instant.parse("2025-03-01T10:00:00Z"),
                null);
    }

    private List<Path> files(Path directory) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().toList();
        }
    }

    private static MimeMessage parse(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }

    @Test
    void sendingWritesOneWholeEmlFile() throws Exception {
        Path directory = tmp.resolve("data").resolve("mail");
        new FileDropTransport(directory).send(email(7, "Welcome to Main Website Store", "Jane Doe"));

        List<Path> files = files(directory);
        assertThat(files).singleElement().satisfies(file -> {
            assertThat(file.getFileName().toString())
                    .endsWith(".eml")
                    .contains("registered")
                    .contains("42");
            assertThat(file.getFileName().toString()).isEqualTo("00000007-registered-customer-42.eml");
        });
        assertThat(files).noneMatch(f -> f.getFileName().toString().endsWith(".partial"));

        MimeMessage message = parse(files.get(0));
        assertThat(message.getSubject()).isEqualTo("Welcome to Main Website Store");
        Address[] to = message.getRecipients(Message.RecipientType.TO);
        assertThat(to).hasSize(1);
        assertThat(((InternetAddress) to[0]).getAddress()).isEqualTo("jane.doe@example.com");
        assertThat(((InternetAddress) to[0]).getPersonal()).isEqualTo("Jane Doe");
        assertThat(message.getFrom()).hasSize(1);
        assertThat(((InternetAddress) message.getFrom()[0]).getAddress()).isEqualTo("owner@example.com");
        assertThat(((InternetAddress) message.getFrom()[0]).getPersonal()).isEqualTo("Owner");
        assertThat(message.getSentDate()).isNotNull();
        assertThat(message.isMimeType("multipart/alternative")).isTrue();

        Multipart parts = (Multipart) message.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        BodyPart text = parts.getBodyPart(0);
        BodyPart html = parts.getBodyPart(1);
        assertThat(text.isMimeType("text/plain")).isTrue();
        assertThat(html.isMimeType("text/html")).isTrue();
        assertThat(text.getContentType()).containsIgnoringCase("charset=utf-8");
        assertThat(html.getContentType()).containsIgnoringCase("charset=utf-8");
        assertThat((String) text.getContent())
                .contains("Welcome to Main Website Store.")
                .contains("http://localhost:8080/x?id=42&t=1");
        assertThat((String) html.getContent()).contains("<p>Welcome to <b>Main Website Store</b>.</p>");
    }

    @Test
    void nonAsciiSubjectsAndNamesSurviveTheRoundTrip() throws Exception {
        new FileDropTransport(tmp).send(email(8, "Willkommen bei Grüne Wiese – 店", "Jürgen Müller"));

        List<Path> files = files(tmp);
        assertThat(files).hasSize(1);
        MimeMessage message = parse(files.get(0));
        assertThat(message.getSubject()).isEqualTo("Willkommen bei Grüne Wiese – 店");
        assertThat(((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getPersonal())
                .isEqualTo("Jürgen Müller");
    }

    @Test
    void aRecipientWithoutANameIsAddressedByEmailOnly() throws Exception {
        new FileDropTransport(tmp).send(email(9, "Welcome", null));

        MimeMessage message = parse(files(tmp).get(0));
        InternetAddress to = (InternetAddress) message.getRecipients(Message.RecipientType.TO)[0];
        assertThat(to.getAddress()).isEqualTo("jane.doe@example.com");
        assertThat(to.getPersonal()).isNull();
    }

    @Test
    void eachEmailGetsItsOwnFileAndARetryReplacesIt() throws Exception {
        FileDropTransport transport = new FileDropTransport(tmp);
        transport.send(email(1, "First", "Jane Doe"));
        transport.send(email(2, "Second", "Jane Doe"));
        String firstAttempt = parse(files(tmp).get(1)).getMessageID();
        transport.send(email(2, "Second again", "Jane Doe"));

        List<Path> files = files(tmp);
        assertThat(files)
                .extracting(f -> f.getFileName().toString())
                .containsExactly("00000001-registered-customer-42.eml", "00000002-registered-customer-42.eml");
        assertThat(parse(files.get(1)).getSubject()).isEqualTo("Second again");
        assertThat(parse(files.get(1)).getMessageID())
                .as("a second delivery of the same row is the same message")
                .isEqualTo(firstAttempt)
                .isEqualTo("<outbox-2.1740823200000@example.com>");
        assertThat(parse(files.get(0)).getMessageID()).isEqualTo("<outbox-1.1740823200000@example.com>");
    }

    @Test
    void theMessageIdIsTheOutboxRowsAndTheSendersDomainsAndNothingElse() {
        OutboxEmail email = email(7, "Welcome", "Jane Doe");
        OutboxEmail sameIdOtherInstallation = new OutboxEmail(
                7,
                42,
                "registered",
                "jane.doe@example.com",
                "Jane Doe",
                "owner@shop.example",
                "Owner",
                "Welcome",
                "text",
                "html",
                "S3cretLink",
                3,
                Instant.parse("2025-03-02T10:00:00.123456Z"),
                "req-1");

        assertThat(MimeMessages.messageId(email)).isEqualTo("<outbox-7.1740823200000@example.com>");
        assertThat(MimeMessages.messageId(sameIdOtherInstallation))
                .isEqualTo("<outbox-7.1740909600123@shop.example>")
                .doesNotContain("S3cretLink", "req-1");
    }
}
