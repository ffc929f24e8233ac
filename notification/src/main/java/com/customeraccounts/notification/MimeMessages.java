package com.customeraccounts.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;

/**
 * An outbox email as a MIME message: multipart/alternative with a plain-text and an HTML part, and a
 * {@code Message-ID} of its outbox row's, the same on every attempt, so that an email sent again after a crash
 * (the mail server took it, the row was not yet marked sent) is recognisable as the same message.
 */
final class MimeMessages {

    /**
     * Jakarta Mail looks its stream provider up for every message and body part it builds; without this
     * property that is a {@code ServiceLoader} scan of every jar the class loaders see (a third of the CPU an
     * email cost). The property names Angus Mail's provider, which Payara ships, and makes the look-up a
     * class-name load.
     */
    private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    static {
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    private MimeMessages() {}

    static MimeMessage of(Session session, OutboxEmail email) throws MessagingException {
        String messageId = messageId(email);
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(address(email.from(), email.fromName()));
        message.setRecipient(MimeMessage.RecipientType.TO, address(email.to(), email.toName()));
        message.setSubject(email.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(email.text(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(email.html(), StandardCharsets.UTF_8.name(), "html");
        message.setContent(new MimeMultipart("alternative", text, html));
        message.saveChanges();
        return message;
    }

    /**
     * {@code <outbox-<row id>.<queued at, epoch ms>@<the sender's domain>>}: the row id alone could repeat in
     * another installation (or after the table is recreated), the time it was queued makes that unlikely; no
     * secret of the row goes into it.
     */
    static String messageId(OutboxEmail email) {
        String from = email.from();
        String domain = from.substring(from.lastIndexOf('@') + 1);
        if (domain.isBlank() || !domain.matches("[A-Za-z0-9.-]+")) {
            domain = "localhost";
        }
        return "<outbox-" + email.id() + "." + email.queuedAt().toEpochMilli() + "@" + domain + ">";
    }

    private static InternetAddress address(String email, String name) throws MessagingException {
        try {
            return name == null || name.isBlank()
                    ? new InternetAddress(email)
                    : new InternetAddress(email, name, StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("UTF-8 is always supported", e);
        }
    }
}
