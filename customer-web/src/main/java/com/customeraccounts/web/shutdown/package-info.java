/**
 * Stopping gracefully on SIGTERM: new requests are turned away (503) and readiness goes DOWN while the
 * requests in flight finish, within {@code shutdown.grace_seconds}; then the other modules are told to stop
 * and the process exits 0.
 */
package com.customeraccounts.web.shutdown;
