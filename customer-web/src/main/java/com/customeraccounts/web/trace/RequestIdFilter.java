package com.customeraccounts.web.trace;

import com.customeraccounts.trace.RequestContext;
import com.customeraccounts.trace.RequestContext.Scope;
import com.customeraccounts.trace.RequestContext.Trace;
import com.customeraccounts.trace.RequestId;
import com.customeraccounts.web.ratelimit.ClientAddress;
import com.customeraccounts.web.ratelimit.RateLimits;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Gives each request its id before anything else sees it: the client's {@code X-Request-Id} if sane, else a new
 * one, echoed on the response and set as the thread's {@link RequestContext} while the request is served. It
 * runs on every dispatch, the error page's too: the container dispatches there after the request's own
 * chain has returned (and may have reset the response), so the id kept on the request is set again.
 */
@WebFilter(
        urlPatterns = "/*",
        dispatcherTypes = {
            DispatcherType.REQUEST,
            DispatcherType.FORWARD,
            DispatcherType.INCLUDE,
            DispatcherType.ERROR,
            DispatcherType.ASYNC
        })
public class RequestIdFilter extends HttpFilter {

    public static final String HEADER = "X-Request-Id";
    private static final String ATTRIBUTE = RequestIdFilter.class.getName();

    @Inject
    RateLimits limits;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        RequestId id = request.getAttribute(ATTRIBUTE) instanceof RequestId kept
                ? kept
                : RequestId.ofOrGenerated(request.getHeader(HEADER));
        request.setAttribute(ATTRIBUTE, id);
        response.setHeader(HEADER, id.value());
        try (Scope scope = RequestContext.open(Trace.of(id, ClientAddress.of(request, limits.trustedProxies())))) {
            chain.doFilter(request, response);
        }
    }
}
