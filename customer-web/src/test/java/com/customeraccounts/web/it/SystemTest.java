package com.customeraccounts.web.it;

import java.net.URL;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that runs against the service in Payara Micro, as a client. All of them share one server per
 * run ({@link SystemTestServer}), unless a class names an {@link OwnServer} archive; so a test that changes the
 * server's state beyond its own accounts (the probe's clock, the mail relay's refusal) puts it back after itself.
 */
@ExtendWith(SystemTestServer.class)
abstract class SystemTest {

    /** The server root, set before each test. */
    URL base;

    /** The server's log (its console output), set before each test. */
    Path serverLog;

    CustomerApi api;

    @BeforeEach
    void connect() {
        api = new CustomerApi(base);
    }
}
