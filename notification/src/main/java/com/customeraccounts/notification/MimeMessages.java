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

/** An outbox email as a MIME message: multipart/alternative with a plain-text and an HTML part. */
final class MimeMessages {

    private MimeMessages() {}

    static MimeMessage of(Session session, OutboxEmail email) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
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
