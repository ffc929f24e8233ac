package com.customeraccounts.web.access;

import com.customeraccounts.access.AdminTokens;
import com.customeraccounts.web.json.Parameter;
import com.customeraccounts.web.rest.JsonBody;
import com.customeraccounts.web.rest.MagentoMediaType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code integrationAdminTokenServiceV1}: an admin token for a username and password. */
@Path("V1/integration/admin/token")
@RequestScoped
public class AdminTokenResource {

    @Inject
    AdminTokens adminTokens;

    /** @return the token as a bare JSON string, as Magento answers */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MagentoMediaType.JSON_UTF8)
    public String createAdminAccessToken(JsonBody body) {
        String token = adminTokens.issue(Parameter.string(body.object(), "username"),
                Parameter.string(body.object(), "password"));
        return Json.createValue(token).toString();
    }
}
