package com.customeraccounts.notification;

import static org.assertj.core.api.Assertions.assertThat;

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

    private static InternetAddress address(String email) {
        try {
            return new InternetAddress(email);
        } catch (jakarta.mail.internet.AddressException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
