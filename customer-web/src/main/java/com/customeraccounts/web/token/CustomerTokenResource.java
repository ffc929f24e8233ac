package com.customeraccounts.web.token;

import static com.customeraccounts.web.wire.Jsons.JSON;

import com.customeraccounts.access.AclResource;
import com.customeraccounts.access.CustomerTokens;
import com.customeraccounts.web.access.CallingCustomer;
import com.customeraccounts.web.access.Requires;
import com.customeraccounts.web.json.Parameter;
import com.customeraccounts.web.ratelimit.RateLimited;
import com.customeraccounts.web.rest.JsonBody;
import com.customeraccounts.web.rest.RequestStore;
import com.customeraccounts.web.wire.MagentoMediaType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code integrationCustomerTokenServiceV1}: customer tokens, issued and revoked. */
@Path("V1/integration/customer")
@RequestScoped
@Consumes(MediaType.WILDCARD)
@Produces(MagentoMediaType.JSON_UTF8)
public class CustomerTokenResource {

    @Inject
    CustomerTokens tokens;

    @Context
    HttpServletRequest request;

    /** @return the token as a bare JSON string */
    @Operation(
            operationId = "integrationCustomerTokenServiceV1CreateCustomerAccessTokenPost",
            summary = "integration/customer/token",
            description = "Create access token for customer given the customer credentials.")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = "application/json",
                        schema = @Schema(ref = "integrationCustomerTokenServiceV1CreateCustomerAccessTokenPostBody"))
            })
    @APIResponse(
            responseCode = "200",
            description = "200 Success.",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400")
    @APIResponse(responseCode = "401")
    @POST
    @Path("token")
    @APIResponse(responseCode = "429")
    @RateLimited(RateLimited.CUSTOMER_TOKEN)
    public JsonValue createCustomerAccessToken(JsonBody body) {
        String token = tokens.issue(
                Parameter.string(body.object(), "username"),
                Parameter.string(body.object(), "password"),
                RequestStore.of(request));
        return JSON.createValue(token);
    }

    @Operation(
            operationId = "integrationCustomerTokenServiceV1RevokeCustomerAccessTokenPost",
            summary = "integration/customer/revoke-customer-token",
            description = "Revoke the tokens of the customer of the token.")
    @APIResponse(
            responseCode = "200",
            description = "200 Success.",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.BOOLEAN)))
    @POST
    @Path("revoke-customer-token")
    @Requires(AclResource.SELF)
    public JsonValue revokeCustomerAccessToken() {
        tokens.revokeAll(CallingCustomer.of(request).id());
        return JsonValue.TRUE;
    }
}
