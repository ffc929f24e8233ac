package com.customeraccounts.lifecycle;

/** The service has started and its resources (database, executors) can be used. Fired once per start. */
public record ServiceStarted() {}
