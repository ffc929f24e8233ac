package com.customeraccounts.web.customer;

import static com.customeraccounts.web.wire.Jsons.JSON;

import com.customeraccounts.access.AclResource;
import com.customeraccounts.audit.AccountHistory;
import com.customeraccounts.audit.AuditEntry;
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
 * Beyond Magento: {@code GET /V1/customers/{customerId}/audit?currentPage=&pageSize=}, the account's history
 * for an admin ({@code Magento_Customer::manage}), newest first, also after the customer was deleted. Names
 * the fields changed, never their values.
 */
@Path("V1/customers/{customerId}/audit")
@RequestScoped
public class CustomerAuditResource {

    @Inject
    AccountHistory history;

    @Operation(
            operationId = "customerAccountHistoryV1GetListGet",
            summary = "customers/{customerId}/audit",
            description = "Beyond Magento: what happened to the account, who did it, from where, newest first.")
    @APIResponse(
            responseCode = "200",
            description = "200 Success.",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "400")
    @APIResponse(responseCode = "404")
    @GET
    @Produces(MagentoMediaType.JSON_UTF8)
    @Requires(AclResource.MANAGE)
    public JsonValue entries(
            @PathParam("customerId") String customerId,
            @QueryParam("currentPage") String currentPage,
            @QueryParam("pageSize") String pageSize) {
        PageParameter page = PageParameter.of(currentPage, pageSize);
        AccountHistory.Page found = history.of(PathParameter.customerId(customerId), page.number(), page.size());
        JsonArrayBuilder items = JSON.createArrayBuilder();
        for (AuditEntry entry : found.entries()) {
            items.add(json(entry));
        }
        return page.answer(items, found.total());
    }

    private static JsonObjectBuilder json(AuditEntry entry) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("id", entry.id())
                .add("event", entry.event().code())
                .add("actor", entry.actor());
        entry.clientAddress().ifPresent(address -> json.add("client_address", address));
        entry.requestId().ifPresent(id -> json.add("request_id", id));
        JsonArrayBuilder fields = JSON.createArrayBuilder();
        entry.fields().forEach(fields::add);
        return json.add("created_at", MagentoTimestamp.format(entry.at())).add("fields", fields);
    }
}
