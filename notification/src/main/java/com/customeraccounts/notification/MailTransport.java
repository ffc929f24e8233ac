package com.customeraccounts.notification;

/** Hands an email over: to an SMTP server, or to a file. */
interface MailTransport {

    /**
     * @throws MailRefused when the mail server refused the email for good; it is not tried again
     * @throws Exception   when the email was not taken otherwise; it will be retried
     */
    void send(OutboxEmail email) throws Exception;

    /** Hands over several emails one after another, over one connection where there is one; close it after. */
    default Batch batch() {
        return new Batch() {
            @Override
            public void send(OutboxEmail email) throws Exception {
                MailTransport.this.send(email);
            }

            @Override
            public void close() {}
        };
    }

    /** Emails handed over one at a time, through what {@link #batch} opened (one SMTP connection, say). */
    interface Batch extends AutoCloseable {

        /** As {@link MailTransport#send}. */
        void send(OutboxEmail email) throws Exception;

        @Override
        void close();
    }
}
