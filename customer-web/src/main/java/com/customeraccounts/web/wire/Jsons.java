package com.customeraccounts.web.wire;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON provider, looked up once. Each static {@code jakarta.json.Json} call looks it up again, through
 * a ServiceLoader scan of the server's class loaders under a jar-file lock: a quarter of a request's CPU
 * under load, measured by the benchmark's flight recordings.
 */
public final class Jsons {

    public static final JsonProvider JSON = JsonProvider.provider();

    private Jsons() {}
}
