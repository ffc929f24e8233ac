package com.customeraccounts.web.docs;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Shapes the generated document like Magento's. The resources read their bodies themselves (to give
 * Magento's Content-Type errors rather than a bare 415), so the server sees them accept any media type;
 * but a body is only ever read as JSON, and the reader type is not part of the API. The resources name
 * the error statuses each route can answer, except the 401 that every route needing a token can answer;
 * what such an answer looks like is said once, here. Which token a route needs is read from its
 * {@link com.customeraccounts.web.access.Requires}, the annotation its access is checked by.
 */
public class MagentoDocumentFilter implements OASFilter {

    private static final String ANY = "*/*";
    private static final String JSON = "application/json";
    private static final String READER_TYPE = "JsonBody";
    private static final String ERROR_SCHEMA = "error-response";
    private static final String UNAUTHORIZED = "401";
    private static final Map<String, String> ERRORS = Map.of(
            "400",
            "Bad request: invalid input",
            UNAUTHORIZED,
            "Unauthorized: no valid token, or not allowed to use the resource",
            "404",
            "Not found",
            "429",
            "Too many requests from this client: wait the Retry-After seconds");

    @Override
    public RequestBody filterRequestBody(RequestBody body) {
        if (body.getContent() != null && body.getContent().hasMediaType(JSON)) {
            body.getContent().removeMediaType(ANY);
        }
        return body;
    }

    @Override
    public Operation filterOperation(Operation operation) {
        RouteSecurity.of(operation.getOperationId())
                .ifPresent(schemes -> schemes.forEach(scheme -> operation.addSecurityRequirement(
                        OASFactory.createSecurityRequirement().addScheme(scheme))));
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return operation;
        }
        if (operation.getSecurity() != null
                && !operation.getSecurity().isEmpty()
                && !operation.getResponses().hasAPIResponse(UNAUTHORIZED)) {
            operation.getResponses().addAPIResponse(UNAUTHORIZED, OASFactory.createAPIResponse());
        }
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (ERRORS.containsKey(status) && undescribed(response)) {
                describeError(response, ERRORS.get(status));
            }
        });
        return operation;
    }

    private static boolean undescribed(APIResponse response) {
        return response.getContent() == null
                || response.getContent().getMediaTypes() == null
                || response.getContent().getMediaTypes().isEmpty();
    }

    private static void describeError(APIResponse response, String description) {
        response.description(description)
                .content(OASFactory.createContent()
                        .addMediaType(
                                JSON,
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref(ERROR_SCHEMA))));
    }

    @Override
    public void filterOpenAPI(OpenAPI document) {
        if (document.getComponents() != null && document.getComponents().getSchemas() != null) {
            document.getComponents().removeSchema(READER_TYPE);
        }
    }
}
