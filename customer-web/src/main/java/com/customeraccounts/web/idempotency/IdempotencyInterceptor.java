package com.customeraccounts.web.idempotency;

import com.customeraccounts.idempotency.IdempotencyKey;
import com.customeraccounts.idempotency.IdempotentCalls;
import com.customeraccounts.idempotency.IdempotentOutcome;
import com.customeraccounts.idempotency.StoredResponse;
import com.customeraccounts.web.access.Callers;
import com.customeraccounts.web.error.WebapiException;
import com.customeraccounts.web.ratelimit.ClientAddress;
import com.customeraccounts.web.ratelimit.RateLimits;
import com.customeraccounts.web.rest.JsonBody;
import com.customeraccounts.web.wire.Jsons;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import java.io.StringReader;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs an {@link Idempotent} route through {@link IdempotentCalls} when the request has an
 * {@code Idempotency-Key}; without one, the route runs as it always does. The caller is the token's or
 * signature's identity, or, for a guest, the client address. A body that is not JSON is left to the route,
 * which checks its access first and then refuses it as it would without a key.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class IdempotencyInterceptor {

    /** Set on the request when its answer is a replay: {@link ReplayedHeader} says so in the response. */
    static final String REPLAYED = IdempotencyInterceptor.class.getName() + ".replayed";

    @Inject
    HttpServletRequest request;

    @Inject
    IdempotentCalls calls;

    @Inject
    Callers callers;

    @Inject
    RateLimits limits;

    @AroundInvoke
    Object keyed(InvocationContext invocation) throws Exception {
        String header = request.getHeader(IdempotencyKey.HEADER);
        if (header == null) {
            return invocation.proceed();
        }
        IdempotencyKey key = new IdempotencyKey(header);
        JsonValue body;
        try {
            body = Arrays.stream(invocation.getParameters())
                    .filter(JsonBody.class::isInstance)
                    .map(parameter -> ((JsonBody) parameter).value())
                    .findFirst()
                    .orElse(JsonValue.NULL);
        } catch (WebapiException undecodable) {
            return invocation.proceed();
        }
        String query = request.getQueryString();
        KeyedRequest keyed = KeyedRequest.of(
                request.getMethod(), request.getRequestURI() + (query == null ? "" : "?" + query), body);
        AtomicReference<Object> first = new AtomicReference<>();
        IdempotentOutcome outcome = calls.call(scope(), key, keyed.text(), keyed.secrets(), () -> {
            Object answer = proceed(invocation);
            first.set(answer);
            return new StoredResponse(200, answer.toString());
        });
        if (!outcome.replayed()) {
            return first.get();
        }
        request.setAttribute(REPLAYED, Boolean.TRUE);
        try (JsonReader reader =
                Jsons.JSON.createReader(new StringReader(outcome.response().body()))) {
            return reader.readValue();
        }
    }

    private String scope() {
        return callers.of(request)
                .identity()
                .orElseGet(() -> "guest " + ClientAddress.of(request, limits.trustedProxies()));
    }

    private static Object proceed(InvocationContext invocation) {
        try {
            return invocation.proceed();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
