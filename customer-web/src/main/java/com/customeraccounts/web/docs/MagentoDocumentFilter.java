package com.customeraccounts.web.docs;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Shapes the generated document like Magento's. The resources read their bodies themselves (to give
 * Magento's Content-Type errors rather than a bare 415), so the server sees them accept any media type;
 * but a body is only ever read as JSON, and the reader type is not part of the API. The resources name
 * the error statuses each route can answer, except the 401 that every route needing a token can answer;
 * what such an answer looks like is said once, here. Which token a route needs is read from its
 * {@link com.customeraccounts.web.access.Requires}, the annotation its access is checked by. Every body and
 * answer can also be XML ({@link com.customeraccounts.web.rest.XmlRequestBody},
 * {@link com.customeraccounts.web.wire.XmlAnswers}), as Magento's own document says, except the CSV import's
 * body, which is streamed as JSON. The search routes read Magento's {@code searchCriteria} from the query
 * themselves; their parameters are listed as Magento lists them.
 */
public class MagentoDocumentFilter implements OASFilter {

    private static final String ANY = "*/*";
    private static final String JSON = "application/json";
    private static final String XML = "application/xml";
    private static final Set<String> JSON_ONLY_BODIES = Set.of("importCsvApiStartImportV1ExecutePost");
    private static final Set<String> SEARCHES =
            Set.of("customerCustomerRepositoryV1GetListGet", "customerGroupRepositoryV1GetListGet");
    private static final List<SearchParameter> SEARCH_CRITERIA = List.of(
            new SearchParameter("searchCriteria[filterGroups][0][filters][0][field]", "Field", SchemaType.STRING),
            new SearchParameter("searchCriteria[filterGroups][0][filters][0][value]", "Value", SchemaType.STRING),
            new SearchParameter(
                    "searchCriteria[filterGroups][0][filters][0][conditionType]", "Condition type", SchemaType.STRING),
            new SearchParameter("searchCriteria[sortOrders][0][field]", "Sorting field.", SchemaType.STRING),
            new SearchParameter("searchCriteria[sortOrders][0][direction]", "Sorting direction.", SchemaType.STRING),
            new SearchParameter("searchCriteria[pageSize]", "Page size.", SchemaType.INTEGER),
            new SearchParameter("searchCriteria[currentPage]", "Current page.", SchemaType.INTEGER));
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

    private record SearchParameter(String name, String description, SchemaType type) {}

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getRequestBody() != null && !JSON_ONLY_BODIES.contains(operation.getOperationId())) {
            alsoAsXml(operation.getRequestBody().getContent());
        }
        if (SEARCHES.contains(operation.getOperationId())) {
            SEARCH_CRITERIA.forEach(parameter -> operation.addParameter(OASFactory.createParameter()
                    .name(parameter.name())
                    .in(Parameter.In.QUERY)
                    .description(parameter.description())
                    .schema(OASFactory.createSchema().type(parameter.type()))));
        }
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
            alsoAsXml(response.getContent());
        });
        return operation;
    }

    /** The same schema as {@code application/xml}, beside each JSON media type. */
    private static void alsoAsXml(Content content) {
        if (content == null || content.getMediaTypes() == null || content.hasMediaType(XML)) {
            return;
        }
        content.getMediaTypes().entrySet().stream()
                .filter(media -> media.getKey().startsWith(JSON))
                .findFirst()
                .ifPresent(json -> content.addMediaType(
                        XML, OASFactory.createMediaType().schema(json.getValue().getSchema())));
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
