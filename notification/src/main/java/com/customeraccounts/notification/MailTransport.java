package com.customeraccounts.notification;

/** Hands an email over: to an SMTP server, or to a file. A refusal for good is a {@link DeliveryRefused}. */
interface MailTransport extends Courier<OutboxEmail> {}
