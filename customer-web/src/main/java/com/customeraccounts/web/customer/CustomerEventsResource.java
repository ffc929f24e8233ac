package com.customeraccounts.web.customer;

import static com.customeraccounts.web.wire.Jsons.JSON;

import com.customeraccounts.access.AclResource;
import com.customeraccounts.event.AccountEvents;
import com.customeraccounts.event.EventDelivery;
import com.customeraccounts.web.access.Requires;
import com.customeraccounts.web.json.MagentoTimestamp;
import com.customeraccounts.web.json.PageParameter;
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
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Beyond Magento: {@code GET /V1/customers/{customerId}/events?currentPage=&pageSize=}, the account events
 * sent to the webhook endpoints about a customer and how each delivery stands (admin,
 * {@code Magento_Customer::manage}), newest first, also after the customer was deleted. Never a body.
 */
@Path("V1/customers/{customerId}/events")
@RequestScoped
public class CustomerEventsResource {

    @Inject
    AccountEvents events;

    @Operation(
            operationId = "customerAccountEventsV1GetListGet",
            summary = "customers/{customerId}/events",
            description = "Beyond Magento: the account events sent to each webhook endpoint and how their "
                    + "delivery stands, newest first.")
    @APIResponse(
            responseCode = "200",
            description = "200 Success.",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "400")
    @APIResponse(responseCode = "404")
    @GET
    @Produces(MagentoMediaType.JSON_UTF8)
    @Requires(AclResource.MANAGE)
    public JsonValue deliveries(
            @PathParam("customerId") String customerId,
            @QueryParam("currentPage") String currentPage,
            @QueryParam("pageSize") String pageSize) {
        PageParameter page = PageParameter.of(currentPage, pageSize);
        AccountEvents.Page found = events.of(PathParameter.customerId(customerId), page.number(), page.size());
        JsonArrayBuilder items = JSON.createArrayBuilder();
        for (EventDelivery delivery : found.deliveries()) {
            items.add(json(delivery));
        }
        return page.answer(items, found.total());
    }

    private static JsonObjectBuilder json(EventDelivery delivery) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("id", delivery.id())
                .add("event_id", delivery.eventId())
                .add("endpoint", delivery.endpoint())
                .add("type", delivery.type())
                .add("status", delivery.status())
                .add("attempts", delivery.attempts());
        if (delivery.lastStatus() != null) {
            json.add("last_status", delivery.lastStatus());
        }
        if (delivery.lastError() != null) {
            json.add("last_error", delivery.lastError());
        }
        json.add("occurred_at", MagentoTimestamp.format(delivery.occurredAt()));
        if (delivery.deliveredAt() != null) {
            json.add("delivered_at", MagentoTimestamp.format(delivery.deliveredAt()));
        }
        return json;
    }
}
