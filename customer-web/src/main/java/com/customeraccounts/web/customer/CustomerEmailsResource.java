package com.customeraccounts.web.customer;

import static com.customeraccounts.web.wire.Jsons.JSON;

import com.customeraccounts.access.AclResource;
import com.customeraccounts.email.EmailDelivery;
import com.customeraccounts.email.EmailHistory;
import com.customeraccounts.web.access.Requires;
import com.customeraccounts.web.json.MagentoTimestamp;
import com.customeraccounts.web.json.PathParameter;
import com.customeraccounts.web.wire.MagentoMediaType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Beyond Magento: {@code GET /V1/customers/{customerId}/emails} lists the account emails queued for a
 * customer and how their delivery stands (admin, {@code Magento_Customer::manage}). Never a body, token
 * or key.
 */
@Path("V1/customers/{customerId}/emails")
@RequestScoped
public class CustomerEmailsResource {

    @Inject
    EmailHistory history;

    @Operation(
            operationId = "customerEmailDeliveryV1GetListGet",
            summary = "customers/{customerId}/emails",
            description = "Beyond Magento: the account emails queued for a customer and how their delivery stands.")
    @APIResponse(
            responseCode = "200",
            description = "200 Success.",
            content = @Content(mediaType = "application/json", schema = @Schema(ref = "customer-email-delivery-list")))
    @APIResponse(responseCode = "400")
    @APIResponse(responseCode = "404")
    @GET
    @Produces(MagentoMediaType.JSON_UTF8)
    @Requires(AclResource.MANAGE)
    public JsonValue emails(@PathParam("customerId") String customerId) {
        JsonArrayBuilder list = JSON.createArrayBuilder();
        for (EmailDelivery delivery : history.of(PathParameter.id("customerId", customerId))) {
            list.add(json(delivery));
        }
        return list.build();
    }

    private static JsonObjectBuilder json(EmailDelivery delivery) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("id", delivery.id())
                .add("type", delivery.type())
                .add("status", delivery.status())
                .add("attempts", delivery.attempts());
        if (delivery.lastError() != null) {
            json.add("last_error", delivery.lastError());
        }
        json.add("queued_at", MagentoTimestamp.format(delivery.queuedAt()));
        if (delivery.sentAt() != null) {
            json.add("sent_at", MagentoTimestamp.format(delivery.sentAt()));
        }
        return json;
    }
}
