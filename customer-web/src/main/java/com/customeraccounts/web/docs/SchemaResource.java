package com.customeraccounts.web.docs;

import static com.customeraccounts.web.wire.Jsons.JSON;

import com.customeraccounts.web.wire.MagentoMediaType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Magento's schema URL, {@code /rest/<store>/schema?services=...}: where Magento serves its Swagger document,
 * this serves the same OpenAPI document as {@code /openapi}, in JSON. {@code services} is {@code all} (the
 * default) or Magento's comma-separated service names ({@code customerAccountManagementV1,...}), which keep
 * only the operations whose ids start with one of them.
 */
@Path("schema")
@RequestScoped
@Produces(MagentoMediaType.JSON_UTF8)
public class SchemaResource {

    private static final String ALL = "all";

    @Inject
    OpenApiDocument document;

    @Context
    HttpServletRequest request;

    @Operation(hidden = true)
    @GET
    public String schema(@QueryParam("services") String services) {
        String json = document.json(request.getScheme(), request.getLocalAddr(), request.getLocalPort());
        if (services == null || services.isBlank() || ALL.equals(services.trim())) {
            return json;
        }
        List<String> names = Arrays.stream(services.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
        return onlyServices(json, names);
    }

    private static String onlyServices(String json, List<String> services) {
        JsonObject full;
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            full = reader.readObject();
        }
        JsonObjectBuilder paths = JSON.createObjectBuilder();
        for (Map.Entry<String, JsonValue> path : full.getJsonObject("paths").entrySet()) {
            JsonObjectBuilder kept = JSON.createObjectBuilder();
            boolean any = false;
            for (Map.Entry<String, JsonValue> operation :
                    path.getValue().asJsonObject().entrySet()) {
                if (operation.getValue().getValueType() == JsonValue.ValueType.OBJECT
                        && ofServices(operation.getValue().asJsonObject().getString("operationId", ""), services)) {
                    kept.add(operation.getKey(), operation.getValue());
                    any = true;
                }
            }
            if (any) {
                paths.add(path.getKey(), kept);
            }
        }
        return JSON.createObjectBuilder(full).add("paths", paths).build().toString();
    }

    /** Magento's operation id is the service name, then the method name, then the HTTP method. */
    private static boolean ofServices(String operationId, List<String> services) {
        return services.stream()
                .anyMatch(service -> operationId.startsWith(service)
                        && operationId.length() > service.length()
                        && Character.isUpperCase(operationId.charAt(service.length())));
    }
}
