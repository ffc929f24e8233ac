package com.customeraccounts.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * Delivers through an SMTP server ({@code mail.smtp.*}), with timeouts, and STARTTLS and auth when set. A
 * 5xx reply to the sender, the recipient or the message is a {@link DeliveryRefused}; anything else (4xx, no
 * connection, a timeout, a refused login) is worth another try. A {@link #batch} keeps one connection open
 * for the emails handed over one after another, and opens a new one after any failure.
 */
final class SmtpTransport implements MailTransport {

    static final int TIMEOUT_MILLIS = 20_000;

    private final Session session;
    private final String user;
    private final String password;

    SmtpTransport(String host, int port, String user, String password, boolean startTls) {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.connectiontimeout", Integer.toString(TIMEOUT_MILLIS));
        properties.put("mail.smtp.timeout", Integer.toString(TIMEOUT_MILLIS));
        properties.put("mail.smtp.writetimeout", Integer.toString(TIMEOUT_MILLIS));
        if (user != null) {
            properties.put("mail.smtp.auth", "true");
        }
        if (startTls) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        }
        this.session = Session.getInstance(properties);
        this.user = user;
        this.password = password;
    }

    @Override
    public void send(OutboxEmail email) throws MessagingException, DeliveryRefused {
        try (Connection connection = new Connection()) {
            connection.send(email);
        }
    }

    @Override
    public Courier.Batch<OutboxEmail> batch() {
        return new Connection();
    }

    /** One SMTP connection, opened on the first email and kept for the next ones until a failure or close. */
    private final class Connection implements Courier.Batch<OutboxEmail> {

        private Transport transport;

        @Override
        public void send(OutboxEmail email) throws MessagingException, DeliveryRefused {
            MimeMessage message = MimeMessages.of(session, email);
            try {
                if (transport == null) {
                    Transport opened = session.getTransport("smtp");
                    opened.connect(user, user == null ? null : password);
                    transport = opened;
                }
                transport.sendMessage(message, message.getAllRecipients());
            } catch (MessagingException failure) {
                // the dialogue may be anywhere: the next email starts on a fresh connection
                close();
                Optional<Throwable> refusal = permanentRefusal(failure);
                if (refusal.isPresent()) {
                    throw new DeliveryRefused(
                            String.valueOf(refusal.get().getMessage()).strip(), failure);
                }
                throw failure;
            }
        }

        @Override
        public void close() {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException alreadyGone) {
                    // QUIT went unanswered: the connection is closed all the same
                }
                transport = null;
            }
        }
    }

    /**
     * The 5xx reply in a failure, if there is one. Angus reports a refused recipient as a
     * {@code SendFailedException} whose next exception holds the reply, so the whole chain is searched.
     */
    static Optional<Throwable> permanentRefusal(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 16; depth++, cause = cause.getCause()) {
            int code = replyCode(cause);
            if (code >= 500 && code < 600) {
                return Optional.of(cause);
            }
        }
        return Optional.empty();
    }

    private static int replyCode(Throwable failure) {
        if (failure instanceof SMTPAddressFailedException recipient) {
            return recipient.getReturnCode();
        }
        if (failure instanceof SMTPSenderFailedException sender) {
            return sender.getReturnCode();
        }
        if (failure instanceof SMTPSendFailedException message) {
            return message.getReturnCode();
        }
        return 0;
    }

    @Override
    public String toString() {
        return "SMTP " + session.getProperty("mail.smtp.host") + ":" + session.getProperty("mail.smtp.port");
    }
}
