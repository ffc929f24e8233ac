package com.customeraccounts.web.it;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

/**
 * A test class that runs against the service in Payara Micro, as a client. Each subclass is one
 * deployment (one server start), declared by its own {@code @Deployment(testable = false)} method.
 */
@ExtendWith(TestServer.class)
@ExtendWith(ArquillianExtension.class)
abstract class SystemTest {

    @ArquillianResource
    URL base;

    CustomerApi api;

    @BeforeEach
    void connect() {
        api = new CustomerApi(base);
    }
}
