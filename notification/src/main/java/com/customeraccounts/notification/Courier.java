package com.customeraccounts.notification;

/** Hands an outbox row over to where it goes: a mail server, a file, a webhook endpoint. */
interface Courier<R> {

    /**
     * @throws DeliveryRefused when the receiver refused the row for good; it is not tried again
     * @throws Exception       when the row was not taken otherwise; it will be retried
     */
    void send(R row) throws Exception;

    /** Hands over several rows one after another, over one connection where there is one; close it after. */
    default Batch<R> batch() {
        return new Batch<>() {
            @Override
            public void send(R row) throws Exception {
                Courier.this.send(row);
            }

            @Override
            public void close() {}
        };
    }

    /** Rows handed over one at a time, through what {@link #batch} opened (one SMTP connection, say). */
    interface Batch<R> extends AutoCloseable {

        /** As {@link Courier#send}. */
        void send(R row) throws Exception;

        @Override
        void close();
    }
}
