package com.customeraccounts.web.it;

import static com.customeraccounts.web.it.SampleCustomers.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * kill -9 while an email is being handed to the mail server, against the service in a process of its own on
 * a PostgreSQL of its own: the emails the dead process had claimed are due again once their lease
 * ({@code outbox.lease_seconds}, short here) has run out, a new process on
 * the same database delivers every one of them, and the one the mail server had already taken arrives again
 * with the same Message-ID.
 */
@EnabledIfSystemProperty(named = "it.database", matches = "postgresql")
class EmailTakeoverIT {

    /** Shorter than the default 30 s, so that the test waits less; renewed every 2 s. */
    private static final Duration LEASE = Duration.ofSeconds(6);
    /** How long the new process may take to deliver what is due: a deadline, not a wait. */
    private static final Duration DELIVERY = Duration.ofSeconds(30);

    private OwnDatabaseService own;

    @AfterEach
    void stopAll() throws Exception {
        if (own != null) {
            own.close();
        }
    }

    @Test
    void afterAKillMidDeliveryEveryClaimedEmailArrivesOnceItsLeaseRunsOutAndTheOneCutOffKeepsItsMessageId()
            throws Exception {
        own = new OwnDatabaseService();
        List<String> recipients = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        String cutOff;
        Instant killed;
        // takes the first email whole and dies before it says "250 OK": the crash window of at-least-once
        try (ServerSocket dyingMailServer = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            dyingMailServer.setSoTimeout(60_000);
            own.start(
                    "-Dmail.smtp.port=" + dyingMailServer.getLocalPort(),
                    "-Doutbox.lease_seconds=" + LEASE.toSeconds());
            try (Connection db = database()) {
                // one transaction: the worker's next sweep claims all five as one batch
                db.setAutoCommit(false);
                for (int i = 0; i < 5; i++) {
                    recipients.add(uniqueEmail());
                    ids.add(OutboxTable.queue(db, Instant.now(), recipients.get(i)));
                }
                db.commit();
            }
            try (Socket firstDelivery = dyingMailServer.accept()) {
                cutOff = messageIdOf(takeWithoutAnswering(firstDelivery));
                Instant leasedUntil;
                try (Connection db = database()) {
                    for (long id : ids) {
                        assertThat(OutboxTable.row(db, id).attempts())
                                .as("claimed: email %d", id)
                                .isEqualTo(1);
                    }
                    leasedUntil = OutboxTable.row(db, ids.get(1)).nextAttemptAt();
                }
                // within the SMTP reply timeout (20 s), while the service still waits for the mail server
                awaitLeaseRenewedPast(ids.get(1), leasedUntil, Duration.ofSeconds(15));
                own.service.kill();
                killed = Instant.now();
            }
        }
        try (Connection db = database()) {
            for (long id : ids) {
                OutboxTable.Row row = OutboxTable.row(db, id);
                assertThat(row.status()).isEqualTo("queued");
                assertThat(row.nextAttemptAt())
                        .as("email %d of the dead process due again within its lease", id)
                        .isBefore(killed.plus(LEASE));
            }
        }

        MailServer.relay().pass();
        own.restartService();
        Instant deadline = Instant.now().plus(DELIVERY);
        List<String> messageIds = new ArrayList<>();
        for (int i = 0; i < recipients.size(); i++) {
            List<MimeMessage> arrived =
                    MailServer.awaitMessagesTo(recipients.get(i), 1, Duration.between(Instant.now(), deadline));
            assertThat(arrived)
                    .as("emails to %s within %s of the new start", recipients.get(i), DELIVERY)
                    .hasSize(1);
            messageIds.add(arrived.get(0).getMessageID());
            assertThat(messageIds.get(i)).startsWith("<outbox-" + ids.get(i) + ".");
        }
        assertThat(messageIds)
                .as("the email the mail server took before the crash, sent again as the same message")
                .contains(cutOff);
    }

    /** Polls until the row's lease has been renewed: its next attempt moved past {@code leasedUntil}. */
    private void awaitLeaseRenewedPast(long id, Instant leasedUntil, Duration timeout) throws SQLException {
        Instant deadline = Instant.now().plus(timeout);
        try (Connection db = database()) {
            while (!OutboxTable.row(db, id).nextAttemptAt().isAfter(leasedUntil)) {
                assertThat(Instant.now())
                        .as("the lease of email %d renewed within %s", id, timeout)
                        .isBefore(deadline);
                MailServer.sleep(200);
            }
        }
    }

    private Connection database() throws SQLException {
        return own.database().connection();
    }

    /** Plays an SMTP server up to the end of the message's data, which it returns, and answers that with nothing. */
    private static byte[] takeWithoutAnswering(Socket client) throws IOException {
        BufferedReader in =
                new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        Writer out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.US_ASCII);
        reply(out, "220 dying.test ESMTP");
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String command = line.length() < 4 ? line : line.substring(0, 4).toUpperCase(Locale.ROOT);
            if (command.equals("DATA")) {
                reply(out, "354 End data with <CR><LF>.<CR><LF>");
                StringBuilder data = new StringBuilder();
                for (String dataLine = in.readLine(); !".".equals(dataLine); dataLine = in.readLine()) {
                    assertThat(dataLine)
                            .as("the message's data ends with a dot")
                            .isNotNull();
                    data.append(dataLine.startsWith("..") ? dataLine.substring(1) : dataLine)
                            .append("\r\n");
                }
                return data.toString().getBytes(StandardCharsets.US_ASCII);
            }
            reply(out, command.equals("EHLO") || command.equals("HELO") ? "250 dying.test" : "250 2.0.0 OK");
        }
        throw new AssertionError("the service hung up before sending the message");
    }

    private static void reply(Writer out, String line) throws IOException {
        out.write(line + "\r\n");
        out.flush();
    }

    private static String messageIdOf(byte[] message) throws MessagingException {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(message)).getMessageID();
    }
}
