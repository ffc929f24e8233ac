package com.customeraccounts.web.docs;

import com.customeraccounts.web.wire.MagentoMediaType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Magento's schema URL, {@code /rest/<store>/schema?services=...}: the document Magento serves there (see
 * {@link MagentoSwagger}), made from the one at {@code /openapi}, for the store the URL names. {@code services}
 * is {@code all} (the default) or Magento's comma-separated service names, which keep only their operations.
 */
@Path("schema")
@RequestScoped
@Produces(MagentoMediaType.JSON_UTF8)
public class SchemaResource {

    /** {@link com.customeraccounts.web.rest.StorePathFilter} let only a known store's code through. */
    private static final Pattern BASE_PATH = Pattern.compile("^(/[^?#]*?)/schema/?$");
    /** A host name, an IPv4 address or a bracketed IPv6 one: anything else in Host is not echoed. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}|\\[[0-9A-Fa-f:.]{2,45}]");

    @Inject
    OpenApiDocument document;

    @Context
    HttpServletRequest request;

    @Operation(hidden = true)
    @GET
    public JsonObject schema(@QueryParam("services") String services) {
        JsonObject openApi = document.object(request.getScheme(), request.getLocalAddr(), request.getLocalPort());
        return MagentoSwagger.of(openApi, origin(), ServiceSelection.of(services));
    }

    private MagentoSwagger.Origin origin() {
        String host =
                HOST.matcher(request.getServerName()).matches() ? request.getServerName() : request.getLocalAddr();
        int port = request.getServerPort();
        boolean defaultPort = port == ("https".equals(request.getScheme()) ? 443 : 80);
        Matcher base = BASE_PATH.matcher(request.getRequestURI());
        String basePath = base.matches() ? base.group(1) : request.getContextPath() + "/rest";
        return new MagentoSwagger.Origin(request.getScheme(), defaultPort ? host : host + ":" + port, basePath);
    }
}
