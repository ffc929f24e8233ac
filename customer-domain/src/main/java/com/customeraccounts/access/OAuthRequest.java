package com.customeraccounts.access;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an OAuth 1.0a signature covers, as the request arrived.
 *
 * @param method         the HTTP method
 * @param url            the request URL as received: scheme, host, port, path and raw query, without decoding
 * @param authorization  the raw {@code Authorization} header, or null
 * @param formParameters decoded parameters of an {@code application/x-www-form-urlencoded} body; empty for
 *                       any other body (JSON bodies are not signed)
 */
public record OAuthRequest(String method, String url, String authorization, Map<String, List<String>> formParameters) {

    public OAuthRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(url, "url");
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (formParameters != null) {
            formParameters.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        }
        formParameters = Map.copyOf(copy);
    }

    /** A request whose body, if any, is not a form. */
    public OAuthRequest(String method, String url, String authorization) {
        this(method, url, authorization, Map.of());
    }

    /** Leaves out the header: it names the access token. */
    @Override
    public String toString() {
        return "OAuthRequest[" + method + " " + url + "]";
    }
}
