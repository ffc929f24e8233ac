package com.customeraccounts.web.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Settings of one system test class's own server, as {@code key=value} pairs, on top of (and winning over)
 * {@link TestServer}'s: for the few tests that need the service configured otherwise, such as low rate
 * limits. Each such class boots its own server anyway.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface ServiceOptions {

    String[] value();
}
