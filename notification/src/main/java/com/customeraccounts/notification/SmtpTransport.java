package com.customeraccounts.notification;

import jakarta.mail.Session;
import jakarta.mail.Transport;

import java.util.Properties;

/** Delivers through an SMTP server ({@code mail.smtp.*}), with timeouts, and STARTTLS and auth when set. */
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
    public void send(OutboxEmail email) throws Exception {
        if (user == null) {
            Transport.send(MimeMessages.of(session, email));
        } else {
            Transport.send(MimeMessages.of(session, email), user, password);
        }
    }

    @Override
    public String toString() {
        return "SMTP " + session.getProperty("mail.smtp.host") + ":" + session.getProperty("mail.smtp.port");
    }
}
