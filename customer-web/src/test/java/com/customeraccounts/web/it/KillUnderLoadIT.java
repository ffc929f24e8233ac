package com.customeraccounts.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The service killed (SIGKILL) while creates are in flight, then started again on the same PostgreSQL: every
 * account answered 200 is there with all its addresses, none is there without them, and the emails of the
 * accounts that exist are delivered once each, but for those a worker had claimed at the kill: they wait for
 * their lease (5 min) to run out, which this test does not wait for.
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
    void afterAKillEveryAnsweredAccountIsWholeAndTheEmailsNotBeingSentAtTheKillAreDeliveredOnce() throws Exception {
        own.start();
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
                        + "%d queued, %d claimed at the kill (they wait for their lease)%n",
                creates.size(),
                creates.stream().filter(CreateLoad.Create::succeeded).count(),
                cutOff.size(),
                emails.size(),
                sentBefore.size(),
                unclaimed.size(),
                emails.size() - sentBefore.size() - unclaimed.size());

        own.restartService();
        awaitSent(unclaimed);
        for (Email email : sentBefore) {
            assertThat(MailServer.messagesTo(email.recipient()))
                    .as("sent to %s", email.recipient())
                    .hasSize(1);
        }
        for (Email email : unclaimed) {
            assertThat(MailServer.messagesTo(email.recipient()))
                    .as("sent to %s", email.recipient())
                    .hasSize(1);
        }
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

    /** Waits (up to 60 s) until the service has marked all these emails sent. */
    private void awaitSent(List<Email> emails) throws SQLException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
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
