package com.customeraccounts.web.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class WebapiExceptionMapper implements ExceptionMapper<WebapiException> {

    @Override
    public Response toResponse(WebapiException exception) {
        return ErrorBody.response(exception.status(), exception.getMessage());
    }
}
