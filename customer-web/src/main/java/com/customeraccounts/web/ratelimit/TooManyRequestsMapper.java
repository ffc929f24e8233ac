package com.customeraccounts.web.ratelimit;

import com.customeraccounts.error.Parameters;
import com.customeraccounts.error.Phrase;
import com.customeraccounts.web.error.ErrorBody;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

@Provider
public class TooManyRequestsMapper implements ExceptionMapper<TooManyRequests> {

    @Override
    public Response toResponse(TooManyRequests exception) {
        long seconds = exception.retryAfterSeconds();
        Response body = ErrorBody.response(
                429, Phrase.of(exception.getMessage(), Parameters.named("seconds", seconds)), List.of());
        return Response.fromResponse(body)
                .header(HttpHeaders.RETRY_AFTER, seconds)
                .build();
    }
}
