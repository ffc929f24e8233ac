package com.customeraccounts.web.docs;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;

/**
 * Shapes the generated document like Magento's. The resources read their bodies themselves (to give
 * Magento's Content-Type errors rather than a bare 415), so the server sees them accept any media type;
 * but a body is only ever read as JSON, and the reader type is not part of the API.
 */
public class MagentoDocumentFilter implements OASFilter {

    private static final String ANY = "*/*";
    private static final String READER_TYPE = "JsonBody";

    @Override
    public RequestBody filterRequestBody(RequestBody body) {
        if (body.getContent() != null && body.getContent().hasMediaType("application/json")) {
            body.getContent().removeMediaType(ANY);
        }
        return body;
    }

    @Override
    public void filterOpenAPI(OpenAPI document) {
        if (document.getComponents() != null && document.getComponents().getSchemas() != null) {
            document.getComponents().removeSchema(READER_TYPE);
        }
    }
}
