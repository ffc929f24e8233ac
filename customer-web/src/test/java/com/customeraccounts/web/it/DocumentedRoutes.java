package com.customeraccounts.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The routes the service documents at {@code /openapi}, for the tests that must cover every one. */
final class DocumentedRoutes {

    private DocumentedRoutes() {}

    /** Each documented operation as {@link #route}. */
    static Set<String> of(CustomerApi api) {
        ApiResponse document = api.send("GET", "openapi", null, List.of("Accept", "application/json"));
        assertThat(document.status()).as("GET /openapi: %s", document).isEqualTo(200);
        Set<String> documented = new TreeSet<>();
        document.object()
                .getJsonObject("paths")
                .forEach((path, item) -> item.asJsonObject().keySet().stream()
                        .filter(m ->
                                Set.of("get", "put", "post", "delete", "patch").contains(m))
                        .forEach(m -> documented.add(route(m, path))));
        return documented;
    }

    /** {@code METHOD /path}, every path parameter written {@code {}} and without a trailing slash. */
    static String route(String method, String template) {
        String path = template.replaceAll("\\{[^}]+}", "{}");
        path = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return method.toUpperCase() + " " + path;
    }
}
