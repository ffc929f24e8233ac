package com.customeraccounts.notification;

/** Hands an email over: to an SMTP server, or to a file. */
interface MailTransport {

    /**
     * @throws MailRefused when the mail server refused the email for good; it is not tried again
     * @throws Exception   when the email was not taken otherwise; it will be retried
     */
    void send(OutboxEmail email) throws Exception;
}
