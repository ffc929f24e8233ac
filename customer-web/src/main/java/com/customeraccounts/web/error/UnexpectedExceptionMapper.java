package com.customeraccounts.web.error;

import com.customeraccounts.error.ApiException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Everything else. A caller's failure that arrives wrapped (by a transaction interceptor, say) is still
 * reported as itself; a database out of reach is a 503 ({@link DatabaseUnavailable}); the rest is an internal
 * error.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    @Override
    public Response toResponse(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof ApiException api) {
                return new ApiExceptionMapper().toResponse(api);
            }
            if (t instanceof WebapiException web) {
                return new WebapiExceptionMapper().toResponse(web);
            }
        }
        if (DatabaseUnavailable.causes(exception)) {
            return DatabaseUnavailable.report(exception);
        }
        return InternalErrors.report(exception);
    }
}
