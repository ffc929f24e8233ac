package com.customeraccounts.web.customer;

import com.customeraccounts.access.AclResource;
import com.customeraccounts.account.CustomerDeletion;
import com.customeraccounts.web.access.Requires;
import com.customeraccounts.web.json.PathParameter;
import com.customeraccounts.web.wire.MagentoMediaType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code customerAddressRepositoryV1DeleteByIdDelete}: {@code DELETE /V1/addresses/:addressId}. */
@Path("V1/addresses")
@RequestScoped
public class AddressesResource {

    @Inject
    CustomerDeletion deletion;

    @Operation(
            operationId = "customerAddressRepositoryV1DeleteByIdDelete",
            summary = "addresses/{addressId}",
            description = "Delete customer address by ID.")
    @APIResponse(
            responseCode = "200",
            description = "200 Success.",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.BOOLEAN)))
    @APIResponse(responseCode = "400")
    @APIResponse(responseCode = "404")
    @DELETE
    @Path("{addressId}")
    @Produces(MagentoMediaType.JSON_UTF8)
    @Requires(AclResource.MANAGE)
    public JsonValue deleteById(@PathParam("addressId") String addressId) {
        deletion.deleteAddress(PathParameter.id("addressId", addressId));
        return JsonValue.TRUE;
    }
}
