package com.customeraccounts.web.metrics;

import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The route a request matched, as its template ({@code /V1/customers/{customerId}}), read from the resource's
 * {@code @Path} annotations: never the path as sent, which holds ids and emails. There are as many as there
 * are resource methods; a request that matched none is {@link #UNMATCHED}.
 */
final class RouteTemplate {

    static final String UNMATCHED = "unmatched";
    private static final Map<Method, String> KNOWN = new ConcurrentHashMap<>();

    private RouteTemplate() {}

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
        return route.length() == 0 ? "/" : withoutRegularExpressions(route);
    }

    /** A parameter's regular expression, {@code {id: [0-9]{1,9}}}, braces and all, is not part of its name. */
    static String withoutRegularExpressions(CharSequence template) {
        StringBuilder plain = new StringBuilder();
        int depth = 0;
        boolean inExpression = false;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                if (depth == 0) {
                    inExpression = false;
                }
            } else if (c == ':' && depth == 1) {
                inExpression = true;
            }
            if (!inExpression && !Character.isWhitespace(c)) {
                plain.append(c);
            }
        }
        return plain.toString();
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
