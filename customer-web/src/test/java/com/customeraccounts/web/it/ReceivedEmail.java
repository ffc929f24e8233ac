package com.customeraccounts.web.it;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An email as the customer would read it. */
record ReceivedEmail(String subject, String from, String fromName, String text, String html) {

    static ReceivedEmail of(MimeMessage message) {
        try {
            InternetAddress from = (InternetAddress) message.getFrom()[0];
            Multipart parts = (Multipart) message.getContent();
            String text = null;
            String html = null;
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    text = (String) part.getContent();
                } else if (part.isMimeType("text/html")) {
                    html = (String) part.getContent();
                }
            }
            return new ReceivedEmail(message.getSubject(), from.getAddress(), from.getPersonal(), text, html);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Unreadable email", e);
        }
    }

    /** The first link in the text part that starts with this prefix. */
    String link(String prefix) {
        Matcher matcher = Pattern.compile(Pattern.quote(prefix) + "\\S*").matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("No link starting with " + prefix + " in:\n" + text);
        }
        return matcher.group();
    }
}
