package com.customeraccounts.web.error;

import com.customeraccounts.web.wire.MagentoMediaType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The error page of the whole application: what fails outside the REST resources (an unknown path, a
 * request the container refuses, a failure in a filter) is answered in Magento's error shape.
 */
@WebServlet("/error")
public class ErrorPageServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : HttpServletResponse.SC_NOT_FOUND;
        String message;
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (status == HttpServletResponse.SC_NOT_IMPLEMENTED && failure == null) {
            // a servlet's own answer to a method it does not know (PATCH on a page): not a failure
            status = HttpServletResponse.SC_METHOD_NOT_ALLOWED;
        }
        if (status >= 500 && DatabaseUnavailable.causes(failure)) {
            InternalErrors.log(failure);
            status = HttpServletResponse.SC_SERVICE_UNAVAILABLE;
            message = Unavailable.MESSAGE;
        } else if (status >= 500) {
            message = InternalErrors.logged(failure);
        } else if (status == HttpServletResponse.SC_NOT_FOUND) {
            message = WebApplicationExceptionMapper.NO_ROUTE;
        } else if (status == HttpServletResponse.SC_METHOD_NOT_ALLOWED) {
            message = "The " + request.getMethod() + " HTTP method is not supported.";
        } else {
            message = "Specified request cannot be processed.";
        }
        response.setStatus(status < 400 ? HttpServletResponse.SC_NOT_FOUND : status);
        response.setContentType(MagentoMediaType.JSON_UTF8);
        response.getOutputStream().write(ErrorBody.json(message).getBytes(StandardCharsets.UTF_8));
    }
}
