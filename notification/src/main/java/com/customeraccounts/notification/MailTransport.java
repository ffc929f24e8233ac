package com.customeraccounts.notification;

/** Hands an email over: to an SMTP server, or to a file. */
interface MailTransport {

    /** @throws Exception when the email was not taken; it will be retried */
    void send(OutboxEmail email) throws Exception;
}
