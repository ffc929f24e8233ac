package com.customeraccounts.web.it;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Test-only, deployed beside the packaged WAR ({@link SystemTestServer}), for {@link RequestTracingIT}: a failure
 * outside the REST resources, which the container answers through the application's error page.
 */
@WebServlet("/it-probe/fail")
public class FailingServletProbe extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException {
        throw new ServletException("the probe fails outside the REST resources");
    }
}
