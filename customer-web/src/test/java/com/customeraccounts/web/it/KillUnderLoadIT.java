package com.customeraccounts.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The service killed (SIGKILL) while creates are in flight, then started again on the same PostgreSQL: every
 * account answered 200 is there with all its addresses, none is there without them, and every email of an
 * account that exists is delivered: once, or, for an email a worker had claimed at the kill (it may have been
 * handed to the mail server just before), at most twice with one Message-ID. The claimed ones go out once their
 * lease ({@code outbox.lease_seconds}, 9 s here rather than 30) has run out.
 */
@EnabledIfSystemProperty(named = "it.database", matches = "postgresql")
class KillUnderLoadIT {

    private static final int CLIENTS = 8;

    /** An account's email in the outbox as the kill left it. */
    private record Email(long id, String recipient, String status, int attempts) {

        boolean unclaimed() {
            return status.equals("queued") && attempts == 0;
        }
    }

    private final OwnDatabaseService own = new OwnDatabaseService();

    @AfterEach
    void stopAll() throws Exception {
        own.close();
    }

    @Test
    void afterAKillEveryAnsweredAccountIsWholeAndEveryEmailOfAnExistingAccountIsDelivered() throws Exception {
        own.start("-Doutbox.lease_seconds=9");
        // with a password, so that each create spends a while hashing it: creates are in flight at the kill
        CreateLoad load = new CreateLoad(own.api(), CLIENTS, "Passw0rd-Kill-9");
        Instant killed;
        try {
            load.await(
                    "creates succeed before the kill",
                    all -> all.stream().filter(CreateLoad.Create::succeeded).count() >= 2L * CLIENTS);
            killed = Instant.now();
            own.service.kill();
        } finally {
            load.close();
        }
        List<CreateLoad.Create> creates = load.creates();
        List<CreateLoad.Create> cutOff = creates.stream()
                .filter(create ->
                        create.sent().isBefore(killed) && create.answer().isEmpty())
                .toList();
        assertThat(cutOff).as("creates in flight at the kill, never answered").isNotEmpty();

        List<Email> emails;
        try (Connection db = own.database().connection()) {
            CreateLoad.assertAllOrNothing(db, creates);
            emails = emailsOfEveryAccount(db);
        }
        List<Email> sentBefore =
                emails.stream().filter(email -> email.status().equals("sent")).toList();
        List<Email> unclaimed = emails.stream().filter(Email::unclaimed).toList();
        System.out.printf(
                "KillUnderLoadIT: %d creates, %d answered 200, %d cut off by the kill; of %d emails %d sent before the kill, "
                        + "%d queued, %d claimed at the kill%n",
                creates.size(),
                creates.stream().filter(CreateLoad.Create::succeeded).count(),
                cutOff.size(),
                emails.size(),
                sentBefore.size(),
                unclaimed.size(),
                emails.size() - sentBefore.size() - unclaimed.size());

        own.restartService();
        awaitSent(emails);
        for (Email email : emails) {
            List<MimeMessage> arrived = MailServer.messagesTo(email.recipient());
            if (sentBefore.contains(email) || unclaimed.contains(email)) {
                assertThat(arrived).as("sent to %s", email.recipient()).hasSize(1);
            } else {
                assertThat(arrived)
                        .as("claimed at the kill, sent to %s", email.recipient())
                        .hasSizeBetween(1, 2);
                assertThat(messageIds(arrived))
                        .as("the Message-ID of each copy")
                        .hasSize(1);
            }
        }
    }

    private static Set<String> messageIds(List<MimeMessage> messages) throws MessagingException {
        Set<String> ids = new HashSet<>();
        for (MimeMessage message : messages) {
            ids.add(message.getMessageID());
        }
        return ids;
    }

    /** Every email queued for an account in the database; every account has one (its welcome email). */
    private static List<Email> emailsOfEveryAccount(Connection db) throws SQLException {
        List<Email> emails = new ArrayList<>();
        try (Statement select = db.createStatement();
                ResultSet row = select.executeQuery("SELECT c.email, o.id, o.recipient, o.status, o.attempts "
                        + "FROM customer_entity c LEFT JOIN email_outbox o ON o.customer_id = c.entity_id")) {
            while (row.next()) {
                assertThat(row.getObject(2))
                        .as("an email queued with the account %s", row.getString(1))
                        .isNotNull();
                assertThat(row.getString(3)).isEqualToIgnoringCase(row.getString(1));
                emails.add(new Email(row.getLong(2), row.getString(3), row.getString(4), row.getInt(5)));
            }
        }
        return emails;
    }

    /** Waits (up to 40 s: the 9 s lease of the claimed ones, and their delivery) until all are marked sent. */
    private void awaitSent(List<Email> emails) throws SQLException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(40));
        try (Connection db = own.database().connection()) {
            for (Email email : emails) {
                while (!OutboxTable.row(db, email.id()).status().equals("sent")) {
                    assertThat(Instant.now()).as("email %d sent", email.id()).isBefore(deadline);
                    MailServer.sleep(200);
                }
            }
        }
    }
}
