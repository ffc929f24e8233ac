/**
 * Every request traceable: its {@code X-Request-Id} (the client's, if sane, or a new one) on its response,
 * in the context of the thread that serves it, and on every log line that thread writes, as text or, with
 * {@code log.format=json}, as one JSON object a line.
 */
package com.customeraccounts.web.trace;
