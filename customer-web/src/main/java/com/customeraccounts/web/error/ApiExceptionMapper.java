package com.customeraccounts.web.error;

import com.customeraccounts.error.ApiException;
import com.customeraccounts.error.AuthenticationException;
import com.customeraccounts.error.AuthorizationException;
import com.customeraccounts.error.ConflictException;
import com.customeraccounts.error.InputException;
import com.customeraccounts.error.NoSuchEntityException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Domain failures to Magento's status codes ({@code ErrorProcessor::maskException}). */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<ApiException> {

    @Override
    public Response toResponse(ApiException exception) {
        return ErrorBody.response(status(exception), exception.phrase(), exception.errors());
    }

    private static int status(ApiException exception) {
        if (exception instanceof NoSuchEntityException) {
            return 404;
        }
        if (exception instanceof AuthorizationException || exception instanceof AuthenticationException) {
            return 401;
        }
        if (exception instanceof InputException) {
            return 400;
        }
        if (exception instanceof ConflictException conflict) {
            switch (conflict.kind()) {
                case STILL_RUNNING:
                    return 409;
                case STALE:
                    return 412;
                default:
                    return 422;
            }
        }
        return 400;
    }
}
