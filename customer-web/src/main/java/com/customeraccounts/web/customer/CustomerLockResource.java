package com.customeraccounts.web.customer;

import static com.customeraccounts.web.wire.Jsons.JSON;

import com.customeraccounts.access.AclResource;
import com.customeraccounts.access.TokenRequestThrottle;
import com.customeraccounts.account.AccountLock;
import com.customeraccounts.web.access.Requires;
import com.customeraccounts.web.json.MagentoTimestamp;
import com.customeraccounts.web.json.PathParameter;
import com.customeraccounts.web.wire.MagentoMediaType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Beyond Magento: support staff see why a customer cannot sign in and unlock them without SQL
 * ({@code Magento_Customer::manage}): the failed sign-ins of Magento's lockout ({@code failures_num},
 * {@code first_failure}, {@code lock_expires}) and the token throttle for the customer's email.
 */
@Path("V1/customers/{customerId}/lock")
@RequestScoped
public class CustomerLockResource {

    @Inject
    AccountLock lock;

    @Operation(
            operationId = "customerAccountLockV1GetGet",
            summary = "customers/{customerId}/lock",
            description =
                    "Beyond Magento: the customer's failed sign-ins, their lock, and the token throttle for its email.")
    @APIResponse(
            responseCode = "200",
            description = "200 Success.",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "400")
    @APIResponse(responseCode = "404")
    @GET
    @Produces(MagentoMediaType.JSON_UTF8)
    @Requires(AclResource.MANAGE)
    public JsonValue status(@PathParam("customerId") String customerId) {
        AccountLock.Status status = lock.status(PathParameter.customerId(customerId));
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("failures_num", status.failures())
                .add("locked", status.lockedUntil().isPresent());
        time(json, "first_failure", status.firstFailure());
        time(json, "lock_expires", status.lockedUntil());
        TokenRequestThrottle.Status throttle = status.tokenThrottle();
        JsonObjectBuilder token = JSON.createObjectBuilder()
                .add("failures_count", throttle.failures())
                .add("locked", throttle.lockedUntil().isPresent());
        time(token, "lock_expires", throttle.lockedUntil());
        return json.add("token_throttle", token).build();
    }

    @Operation(
            operationId = "customerAccountLockV1UnlockDelete",
            summary = "customers/{customerId}/lock",
            description =
                    "Beyond Magento: unlock the customer (Magento's admin Unlock) and clear the token throttle for its email.")
    @APIResponse(
            responseCode = "200",
            description = "200 Success.",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.BOOLEAN)))
    @APIResponse(responseCode = "400")
    @APIResponse(responseCode = "404")
    @DELETE
    @Produces(MagentoMediaType.JSON_UTF8)
    @Requires(AclResource.MANAGE)
    public JsonValue unlock(@PathParam("customerId") String customerId) {
        lock.unlock(PathParameter.customerId(customerId));
        return JsonValue.TRUE;
    }

    private static void time(JsonObjectBuilder json, String name, Optional<Instant> time) {
        time.ifPresent(at -> json.add(name, MagentoTimestamp.format(at)));
    }
}
