package com.customeraccounts.web.access;

import com.customeraccounts.access.CustomerTokens;
import com.customeraccounts.web.json.Parameter;
import com.customeraccounts.web.rest.JsonBody;
import com.customeraccounts.web.rest.MagentoMediaType;
import com.customeraccounts.web.rest.RequestStore;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/** {@code integrationCustomerTokenServiceV1}: customer tokens, issued and revoked. */
@Path("V1/integration/customer")
@RequestScoped
@Consumes(MediaType.WILDCARD)
@Produces(MagentoMediaType.JSON_UTF8)
public class CustomerTokenResource {

    @Inject
    CustomerTokens tokens;

    @Inject
    Callers callers;

    @Context
    HttpServletRequest request;


    /** @return the token as a bare JSON string */
    @POST
    @Path("token")
    public String createCustomerAccessToken(JsonBody body) {
        String token = tokens.issue(Parameter.string(body.object(), "username"),
                Parameter.string(body.object(), "password"), RequestStore.of(request));
        return Json.createValue(token).toString();
    }

    @POST
    @Path("revoke-customer-token")
    public String revokeCustomerAccessToken() {
        tokens.revokeAll(callers.self(request, RequestStore.of(request)));
        return "true";
    }
}
