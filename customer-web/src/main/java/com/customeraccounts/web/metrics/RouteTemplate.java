package com.customeraccounts.web.metrics;

import jakarta.ws.rs.Path;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The route a request matched, as its template ({@code /V1/customers/{customerId}}), read from the resource's
 * {@code @Path} annotations: never the path as sent, which holds ids and emails. There are as many as there
 * are resource methods; a request that matched none is {@link #UNMATCHED}.
 */
final class RouteTemplate {

    static final String UNMATCHED = "unmatched";
    /** A parameter's regular expression, {@code {id: [0-9]+}}, is not part of its name. */
    private static final Pattern PARAMETER_REGEX = Pattern.compile("\\{\\s*(\\w[\\w.-]*)\\s*:[^}]*}");

    private static final Map<Method, String> KNOWN = new ConcurrentHashMap<>();

    private RouteTemplate() {
    }

    static String of(Class<?> resource, Method method) {
        if (resource == null || method == null) {
            return UNMATCHED;
        }
        return KNOWN.computeIfAbsent(method, m -> template(resource, m));
    }

    private static String template(Class<?> resource, Method method) {
        StringBuilder route = new StringBuilder();
        append(route, resource.getAnnotation(Path.class));
        append(route, method.getAnnotation(Path.class));
        return route.length() == 0 ? "/" : PARAMETER_REGEX.matcher(route).replaceAll("{$1}");
    }

    private static void append(StringBuilder route, Path path) {
        if (path == null) {
            return;
        }
        for (String segment : path.value().split("/")) {
            if (!segment.isEmpty()) {
                route.append('/').append(segment);
            }
        }
    }
}
