package com.customeraccounts.web.rest;

import com.customeraccounts.web.error.ErrorBody;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses at once a request that asks to switch to a protocol the server does not switch to ({@code Upgrade:
 * websocket}, or {@code h2c} without its settings). The server treats it as the start of that protocol: it keeps
 * the request's body for it and never hands it over, so reading the body waited for the server's 30-second read
 * timeout and ended in a 500, and it sends an error page's answer without its Content-Type. The upgrade to
 * HTTP/2 that the JDK's HTTP client asks for on each new connection goes through.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class UpgradeRefusal extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getHeader("Upgrade") == null || isHttp2Upgrade(request)) {
            chain.doFilter(request, response);
            return;
        }
        ErrorBody.sendAndClose(response, HttpServletResponse.SC_BAD_REQUEST, StorePathFilter.CANNOT_PROCESS);
    }

    /** The upgrade to HTTP/2 the server performs, which the JDK's HTTP client asks for on every new connection. */
    private static boolean isHttp2Upgrade(HttpServletRequest request) {
        return "h2c".equalsIgnoreCase(request.getHeader("Upgrade").trim())
                && request.getHeader("HTTP2-Settings") != null;
    }
}
