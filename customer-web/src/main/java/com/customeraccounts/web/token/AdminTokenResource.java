package com.customeraccounts.web.token;

import static com.customeraccounts.web.wire.Jsons.JSON;

import com.customeraccounts.access.AdminTokens;
import com.customeraccounts.web.json.Parameter;
import com.customeraccounts.web.ratelimit.RateLimited;
import com.customeraccounts.web.rest.JsonBody;
import com.customeraccounts.web.wire.MagentoMediaType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code integrationAdminTokenServiceV1}: an admin token for a username and password. */
@Path("V1/integration/admin/token")
@RequestScoped
public class AdminTokenResource {

    @Inject
    AdminTokens adminTokens;

    /** @return the token as a bare JSON string, as Magento answers */
    @Operation(
            operationId = "integrationAdminTokenServiceV1CreateAdminAccessTokenPost",
            summary = "integration/admin/token",
            description = "Create access token for admin given the admin credentials.")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = "application/json",
                        schema = @Schema(ref = "integrationAdminTokenServiceV1CreateAdminAccessTokenPostBody"))
            })
    @APIResponse(
            responseCode = "200",
            description = "200 Success.",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400")
    @APIResponse(responseCode = "401")
    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MagentoMediaType.JSON_UTF8)
    @APIResponse(responseCode = "429")
    @RateLimited(RateLimited.ADMIN_TOKEN)
    public JsonValue createAdminAccessToken(JsonBody body) {
        String token = adminTokens.issue(
                Parameter.string(body.object(), "username"), Parameter.string(body.object(), "password"));
        return JSON.createValue(token);
    }
}
