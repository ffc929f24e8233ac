package com.customeraccounts.web.it;

import com.customeraccounts.web.it.FuzzedRoute.Caller;
import java.util.ArrayList;
import java.util.List;

/**
 * One generated request, its placeholders not yet filled ({@link FuzzTargets}): what a failure report shows
 * after shrinking, with the body described rather than printed when it is long.
 */
record FuzzCall(String method, String path, Caller caller, List<String> headers, String body, String described) {

    /** A request with a JSON body (or none, when {@code body} is null). */
    static FuzzCall json(String method, String path, Caller caller, String body, String described) {
        return new FuzzCall(
                method,
                path,
                caller,
                body == null ? List.of() : List.of("Content-Type", "application/json"),
                body,
                described);
    }

    /** The same request with these headers as well, given as name/value pairs. */
    FuzzCall with(List<String> more) {
        List<String> all = new ArrayList<>(headers);
        all.addAll(more);
        return new FuzzCall(method, path, caller, all, body, described);
    }

    /** All that was sent, for telling an echo of the request from something the service made up. */
    String sent() {
        return path + " " + headers + " " + (body == null ? "" : body);
    }

    @Override
    public String toString() {
        return method + " " + HostileJson.shown(path) + " as " + caller + (headers.isEmpty() ? "" : " " + headers)
                + (described == null ? "" : ", body: " + described);
    }
}
