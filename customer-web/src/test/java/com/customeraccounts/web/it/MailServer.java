package com.customeraccounts.web.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A real SMTP server (GreenMail) for the whole test run, behind a controllable {@link SmtpRelay}. */
public final class MailServer {

    private static final Pattern OUTBOX_MESSAGE_ID = Pattern.compile("<outbox-(\\d+)\\.\\d+@[^>]*>");

    private static GreenMail greenMail;
    private static SmtpRelay relay;

    private MailServer() {}

    static synchronized void start() {
        if (greenMail == null) {
            greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
            relay = new SmtpRelay(greenMail.getSmtp().getPort());
        }
    }

    public static SmtpRelay relay() {
        start();
        return relay;
    }

    /** The messages received for this address so far. */
    public static List<MimeMessage> messagesTo(String email) {
        start();
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> isTo(m, email))
                .toList();
    }

    /**
     * Waits until this many messages arrived for the address (or the timeout passes), then returns them in the
     * order they were queued: emails are sent in parallel, so they may arrive in another order.
     */
    public static List<MimeMessage> awaitMessagesTo(String email, int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        List<MimeMessage> messages = messagesTo(email);
        while (messages.size() < count && Instant.now().isBefore(deadline)) {
            sleep(100);
            messages = messagesTo(email);
        }
        return messages.stream()
                .sorted(Comparator.comparingLong(MailServer::outboxRow))
                .toList();
    }

    /** The outbox row in the Message-ID ({@code <outbox-<row>.<queued ms>@domain>}). */
    private static long outboxRow(MimeMessage message) {
        try {
            Matcher row = OUTBOX_MESSAGE_ID.matcher(String.valueOf(message.getMessageID()));
            return row.matches() ? Long.parseLong(row.group(1)) : Long.MAX_VALUE;
        } catch (MessagingException e) {
            return Long.MAX_VALUE;
        }
    }

    private static boolean isTo(MimeMessage message, String email) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().toLowerCase().contains(email.toLowerCase()));
        } catch (MessagingException e) {
            return false;
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
