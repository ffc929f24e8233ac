/**
 * Account emails through a transactional outbox. When the domain fires an event (such as
 * {@link com.customeraccounts.customer.CustomerRegistered}) this module decides the email inside the same
 * transaction and writes it to its outbox table; after commit it is delivered off the request thread,
 * retried with backoff until the mail server takes it, and claimed with {@code FOR UPDATE SKIP LOCKED} so
 * that several instances never send one twice. Nothing calls this module directly.
 */
package com.customeraccounts.notification;
