package com.customeraccounts.lifecycle;

import java.time.Instant;

/**
 * The service is stopping: it takes no new requests and those in flight are done (or out of time). Modules
 * finish what they are doing by {@code deadline}, hand back what they hold for later (claimed work), and start
 * nothing new; the process exits right after. Fired once, on the thread that stops the service.
 */
public record ServiceStopping(Instant deadline) {}
