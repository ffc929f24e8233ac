package com.customeraccounts.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.junit.jupiter.api.Test;

/** Which failures of an SMTP hand-over are refusals for good, as Angus Mail reports them. */
class SmtpTransportTest {

    private static final InternetAddress JANE = address("jane.doe@example.com");

    @Test
    void aRecipientRefusedWithA5xxReplyIsRefusedForGood() {
        SendFailedException failure = new SendFailedException(
                "Invalid Addresses",
                new SMTPAddressFailedException(
                        JANE,
                        "RCPT TO:<jane.doe@example.com>",
                        550,
                        "550 5.1.1 <jane.doe@example.com>: Recipient address rejected\n"));

        assertThat(SmtpTransport.permanentRefusal(failure))
                .hasValueSatisfying(reply -> assertThat(reply.getMessage()).startsWith("550 5.1.1"));
    }

    @Test
    void aSenderOrAMessageRefusedWithA5xxReplyIsRefusedForGood() {
        assertThat(SmtpTransport.permanentRefusal(new SMTPSenderFailedException(
                        JANE, "MAIL FROM:<owner@example.com>", 553, "553 5.7.1 Sender address rejected")))
                .isPresent();
        assertThat(SmtpTransport.permanentRefusal(
                        new SMTPSendFailedException("DATA", 554, "554 5.7.1 Spam", null, null, null, null)))
                .isPresent();
    }

    @Test
    void a4xxReplyANetworkFailureOrALoginFailureIsWorthAnotherTry() {
        assertThat(SmtpTransport.permanentRefusal(new SendFailedException(
                        "Invalid Addresses",
                        new SMTPAddressFailedException(
                                JANE, "RCPT TO:<jane.doe@example.com>", 450, "450 4.2.1 Mailbox busy"))))
                .isEmpty();
        assertThat(SmtpTransport.permanentRefusal(
                        new MessagingException("Couldn't connect to host", new ConnectException("Connection refused"))))
                .isEmpty();
        assertThat(SmtpTransport.permanentRefusal(
                        new jakarta.mail.AuthenticationFailedException("535 5.7.8 Authentication credentials invalid")))
                .isEmpty();
    }

    @Test
    void aBatchHandsItsEmailsOverOneConnectionAndOpensAFreshOneAfterAFailure() throws Exception {
        try (FakeSmtpServer server = new FakeSmtpServer(2)) {
            SmtpTransport smtp = new SmtpTransport("127.0.0.1", server.port(), null, "", false);
            try (Courier.Batch<OutboxEmail> batch = smtp.batch()) {
                batch.send(FileDropTransportTest.email(1, "First", "Jane Doe"));
                assertThatThrownBy(() -> batch.send(FileDropTransportTest.email(2, "Second", "Jane Doe")))
                        .isInstanceOf(MessagingException.class)
                        .hasMessageContaining("451");
                batch.send(FileDropTransportTest.email(3, "Third", "Jane Doe"));
                batch.send(FileDropTransportTest.email(4, "Fourth", "Jane Doe"));
            }

            assertThat(server.connections())
                    .as("one connection, and a fresh one after the failure")
                    .isEqualTo(2);
            assertThat(server.messageIds())
                    .containsExactly(
                            "<outbox-1.1740823200000@example.com>",
                            "<outbox-3.1740823200000@example.com>",
                            "<outbox-4.1740823200000@example.com>");
        }
    }

    private static InternetAddress address(String email) {
        try {
            return new InternetAddress(email);
        } catch (jakarta.mail.internet.AddressException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
