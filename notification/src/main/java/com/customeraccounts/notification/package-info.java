/**
 * Account emails through a transactional outbox. When the domain fires an event (such as
 * {@link com.customeraccounts.customer.CustomerRegistered}) this module decides the email inside the same
 * transaction and writes it to its outbox table; after commit it is delivered off the request thread,
 * retried with backoff until the mail server takes it, and claimed with {@code FOR UPDATE SKIP LOCKED} so
 * that several instances never send one twice. Once an email is handed over, or given up ({@code failed}: a
 * 5xx refusal, or {@code outbox.max_age_hours} of transient failures), its row keeps no working token or
 * key, and it is deleted after {@code outbox.retention_days}. Nothing calls this module directly.
 */
package com.customeraccounts.notification;
