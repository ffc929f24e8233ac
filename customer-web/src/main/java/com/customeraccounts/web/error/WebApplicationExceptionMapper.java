package com.customeraccounts.web.error;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * What the JAX-RS runtime itself rejects, in Magento's words: an unknown route is
 * {@code Request does not match any route.}; a method Magento never routes is a 405.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    static final String NO_ROUTE = "Request does not match any route.";
    private static final Set<String> ROUTED_METHODS = Set.of("GET", "POST", "PUT", "DELETE");

    @Context
    Request request;

    @Override
    public Response toResponse(WebApplicationException exception) {
        if (exception instanceof NotFoundException) {
            return ErrorBody.response(404, NO_ROUTE);
        }
        if (exception instanceof NotAllowedException) {
            String method = request.getMethod();
            return ROUTED_METHODS.contains(method)
                    ? ErrorBody.response(404, NO_ROUTE)
                    : ErrorBody.response(405, "The " + method + " HTTP method is not supported.");
        }
        int status =
                exception.getResponse() == null ? 400 : exception.getResponse().getStatus();
        if (status >= 500) {
            return InternalErrors.report(exception);
        }
        if (status == 415) {
            return ErrorBody.response(400, "Specified request cannot be processed.");
        }
        return ErrorBody.response(status < 400 ? 400 : status, "Specified request cannot be processed.");
    }
}
