package com.customeraccounts.web.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads, and drops, what is left of an HTTP/2 request's body once it has been answered: a body the answer did not
 * need (a caller without access, an unknown route, an unacceptable Accept), or the rest of one refused part-read
 * ({@link RequestTooLarge}, which calls {@link #drain} before its answer, as JAX-RS closes a stream it has read
 * from). Over HTTP/1.1 the server does so itself; over HTTP/2, which the JDK's HTTP client upgrades to by default,
 * it leaves it in the stream, whose flow-control window then stays full: the client waits to send the rest
 * instead of reading the answer, until its timeout. Linear in what the client sends, and bounded: a body far
 * over any limit is no client's mistake.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class UnreadBodyFilter extends HttpFilter {

    private static final String HTTP_2 = "HTTP/2.0";
    private static final long MAX_DRAINED = 16 * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            if (HTTP_2.equals(request.getProtocol()) && !request.isAsyncStarted()) {
                drainBody(request);
            }
        }
    }

    /** Reads up to 16 MiB more of a body and drops them. */
    static void drain(InputStream rest) {
        byte[] buffer = new byte[8192];
        long drained = 0;
        try {
            for (int n = rest.read(buffer); n >= 0 && drained < MAX_DRAINED; n = rest.read(buffer)) {
                drained += n;
            }
        } catch (IOException gone) {
            // the client stopped sending: the answer is all there is left to send
        }
    }

    private static void drainBody(HttpServletRequest request) {
        try {
            drain(request.getInputStream());
        } catch (IOException | IllegalStateException readAsText) {
            // the body was read as characters, to its end: nothing is left of it
        }
    }
}
