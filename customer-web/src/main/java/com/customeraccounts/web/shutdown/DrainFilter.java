package com.customeraccounts.web.shutdown;

import com.customeraccounts.web.error.ErrorBody;
import com.customeraccounts.web.error.Unavailable;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Counts every request of the application in flight and, once the service is stopping, answers new ones
 * 503 at once and closes their connection, so the client retries on another instance. The health probes
 * are neither counted nor turned away: Payara adds its MicroProfile Health servlet to the application at
 * the root context, this one, and the orchestrator must see readiness go DOWN. No route of this service is
 * asynchronous, so a request is done when the chain returns.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class DrainFilter extends HttpFilter {

    /** The name Payara registers its health servlet under (and its insecure twin under this and a suffix). */
    private static final String HEALTH_SERVLET = "microprofile-healthcheck-servlet";

    @Inject
    RequestsInFlight inFlight;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getHttpServletMapping().getServletName().startsWith(HEALTH_SERVLET)) {
            chain.doFilter(request, response);
            return;
        }
        if (!inFlight.enter()) {
            refuse(response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            inFlight.leave();
        }
    }

    static void refuse(HttpServletResponse response) throws IOException {
        ErrorBody.sendAndClose(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, Unavailable.MESSAGE);
    }
}
