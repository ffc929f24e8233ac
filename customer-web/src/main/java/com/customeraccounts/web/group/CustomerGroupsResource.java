package com.customeraccounts.web.group;

import com.customeraccounts.access.AclResource;
import com.customeraccounts.config.StoreConfig;
import com.customeraccounts.customer.CustomerGroup;
import com.customeraccounts.customer.GroupManagement;
import com.customeraccounts.customer.SearchCriteria;
import com.customeraccounts.store.StoreId;
import com.customeraccounts.web.customer.SearchCriteriaParameters;
import com.customeraccounts.error.InputException;
import com.customeraccounts.error.NoSuchEntityException;
import com.customeraccounts.store.StoreView;
import com.customeraccounts.store.Stores;
import com.customeraccounts.web.access.Callers;
import com.customeraccounts.web.json.Field;
import com.customeraccounts.web.json.InputBinder;
import com.customeraccounts.web.json.InputLimits;
import com.customeraccounts.web.json.Parameter;
import com.customeraccounts.web.json.PathParameter;
import com.customeraccounts.web.rest.JsonBody;
import com.customeraccounts.web.wire.MagentoMediaType;
import com.customeraccounts.web.rest.RequestStore;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import java.util.Map;

import static com.customeraccounts.web.json.Field.Kind.INT;
import static com.customeraccounts.web.json.Field.Kind.STRING;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import static com.customeraccounts.web.wire.Jsons.JSON;

/** {@code customerGroupRepositoryV1} and {@code customerGroupManagementV1} ({@code Magento_Customer::group}). */
@Path("V1/customerGroups")
@RequestScoped
@Consumes(MediaType.WILDCARD)
@Produces(MagentoMediaType.JSON_UTF8)
public class CustomerGroupsResource {

    private static final Map<String, Field> GROUP = Field.schema(Field.of("id", INT), Field.of("code", STRING),
            Field.of("tax_class_id", INT), Field.of("tax_class_name", STRING), Field.object("extension_attributes"));

    @Inject
    GroupManagement groups;

    @Inject
    Stores stores;

    @Inject
    Callers callers;

    @Inject
    StoreConfig config;


    @Context
    HttpServletRequest request;

    @Operation(operationId = "customerGroupRepositoryV1GetByIdGet", summary = "customerGroups/{id}",
            description = "Get customer group by group ID.")
    @APIResponse(responseCode = "200", description = "200 Success.",
            content = @Content(mediaType = "application/json", schema = @Schema(ref = "customer-data-group-interface")))
    @APIResponse(responseCode = "400")
    @APIResponse(responseCode = "404")
    @SecurityRequirement(name = "adminToken")
    @SecurityRequirement(name = "oauth1")
    @GET
    @Path("{id}")
    public String getById(@PathParam("id") String id) {
        authorize();
        return json(groups.get(PathParameter.id("id", id))).toString();
    }

    @Operation(operationId = "customerGroupRepositoryV1GetListGet", summary = "customerGroups/search",
            description = "Retrieve customer groups.")
    @APIResponse(responseCode = "200", description = "200 Success.",
            content = @Content(mediaType = "application/json", schema = @Schema(ref = "customer-data-group-search-results-interface")))
    @APIResponse(responseCode = "400")
    @SecurityRequirement(name = "adminToken")
    @SecurityRequirement(name = "oauth1")
    @GET
    @Path("search")
    public String getList(@Context UriInfo uri) {
        authorize();
        SearchCriteria criteria = SearchCriteriaParameters.from(uri.getQueryParameters(), limits());
        GroupManagement.GroupPage page = groups.search(criteria);
        JsonArrayBuilder items = JSON.createArrayBuilder();
        page.items().forEach(group -> items.add(json(group)));
        return JSON.createObjectBuilder().add("items", items)
                .add("search_criteria", SearchCriteriaParameters.echo(criteria))
                .add("total_count", page.totalCount()).build().toString();
    }

    @Operation(operationId = "customerGroupManagementV1GetDefaultGroupGet", summary = "customerGroups/default",
            description = "Get default customer group.")
    @APIResponse(responseCode = "200", description = "200 Success.",
            content = @Content(mediaType = "application/json", schema = @Schema(ref = "customer-data-group-interface")))
    @SecurityRequirement(name = "adminToken")
    @SecurityRequirement(name = "oauth1")
    @GET
    @Path("default")
    public String getDefaultGroup() {
        authorize();
        return json(groups.defaultGroup(RequestStore.of(request))).toString();
    }

    /** Shares its path template with {@link #setDefaultGroup}: there the segment is a group id. */
    @Operation(operationId = "customerGroupManagementV1GetDefaultGroupByStoreIdGet", summary = "customerGroups/default/{storeId}",
            description = "Get default customer group of a store view (the path segment is the store id).")
    @APIResponse(responseCode = "200", description = "200 Success.",
            content = @Content(mediaType = "application/json", schema = @Schema(ref = "customer-data-group-interface")))
    @APIResponse(responseCode = "400")
    @APIResponse(responseCode = "404")
    @SecurityRequirement(name = "adminToken")
    @SecurityRequirement(name = "oauth1")
    @GET
    @Path("default/{id}")
    public String getDefaultGroupOfStore(@PathParam("id") String storeId) {
        authorize();
        long id = PathParameter.id("storeId", storeId);
        StoreView store = stores.storeView(StoreId.of((int) Math.max(-1, Math.min(Integer.MAX_VALUE, id))))
                .orElseThrow(() -> NoSuchEntityException.singleField("storeId", id));
        return json(groups.defaultGroup(store)).toString();
    }

    /** {@code customerCustomerGroupConfigV1SetDefaultCustomerGroupPut}: answers the group id. */
    @Operation(operationId = "customerCustomerGroupConfigV1SetDefaultCustomerGroupPut", summary = "customerGroups/default/{id}",
            description = "Set system default customer group.")
    @APIResponse(responseCode = "200", description = "200 Success.",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.INTEGER)))
    @APIResponse(responseCode = "400")
    @APIResponse(responseCode = "404")
    @SecurityRequirement(name = "adminToken")
    @SecurityRequirement(name = "oauth1")
    @PUT
    @Path("default/{id}")
    public String setDefaultGroup(@PathParam("id") String id) {
        authorize();
        return Integer.toString(groups.setDefault(PathParameter.id("id", id)));
    }

    @Operation(operationId = "customerGroupManagementV1IsReadonlyGet", summary = "customerGroups/{id}/permissions",
            description = "Check if customer group can be deleted.")
    @APIResponse(responseCode = "200", description = "200 Success.",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.BOOLEAN)))
    @APIResponse(responseCode = "400")
    @APIResponse(responseCode = "404")
    @SecurityRequirement(name = "adminToken")
    @SecurityRequirement(name = "oauth1")
    @GET
    @Path("{id}/permissions")
    public String isReadonly(@PathParam("id") String id) {
        authorize();
        return Boolean.toString(groups.isReadonly(PathParameter.id("id", id)));
    }

    @Operation(operationId = "customerGroupRepositoryV1SavePost", summary = "customerGroups",
            description = "Save customer group.")
    @RequestBody(required = true, content = {
            @Content(mediaType = "application/json", schema = @Schema(ref = "customerGroupRepositoryV1SavePostBody"))})
    @APIResponse(responseCode = "200", description = "200 Success.",
            content = @Content(mediaType = "application/json", schema = @Schema(ref = "customer-data-group-interface")))
    @APIResponse(responseCode = "400")
    @SecurityRequirement(name = "adminToken")
    @SecurityRequirement(name = "oauth1")
    @POST
    public String save(JsonBody body) {
        authorize();
        Map<String, Object> group = group(body.object());
        return json(groups.create((String) group.get("code"), integer(group.get("tax_class_id")))).toString();
    }

    @Operation(operationId = "customerGroupRepositoryV1SavePut", summary = "customerGroups/{id}",
            description = "Save customer group.")
    @RequestBody(required = true, content = {
            @Content(mediaType = "application/json", schema = @Schema(ref = "customerGroupRepositoryV1SavePutBody"))})
    @APIResponse(responseCode = "200", description = "200 Success.",
            content = @Content(mediaType = "application/json", schema = @Schema(ref = "customer-data-group-interface")))
    @APIResponse(responseCode = "400")
    @APIResponse(responseCode = "404")
    @SecurityRequirement(name = "adminToken")
    @SecurityRequirement(name = "oauth1")
    @PUT
    @Path("{id}")
    public String update(@PathParam("id") String id, JsonBody body) {
        authorize();
        long groupId = PathParameter.id("id", id);
        Map<String, Object> group = group(body.object());
        return json(groups.update(groupId, (String) group.get("code"), integer(group.get("tax_class_id")))).toString();
    }

    @Operation(operationId = "customerGroupRepositoryV1DeleteByIdDelete", summary = "customerGroups/{id}",
            description = "Delete customer group by ID.")
    @APIResponse(responseCode = "200", description = "200 Success.",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.BOOLEAN)))
    @APIResponse(responseCode = "400")
    @APIResponse(responseCode = "404")
    @SecurityRequirement(name = "adminToken")
    @SecurityRequirement(name = "oauth1")
    @DELETE
    @Path("{id}")
    public String deleteById(@PathParam("id") String id) {
        authorize();
        groups.delete(PathParameter.id("id", id));
        return "true";
    }

    private void authorize() {
        callers.requiring(request, AclResource.GROUP);
    }

    private InputLimits limits() {
        return InputLimits.of(config, stores.requestWebsite(RequestStore.of(request)));
    }

    private Map<String, Object> group(JsonObject body) {
        JsonValue group = Parameter.value(body, "group");
        if (group == null) {
            throw InputException.requiredField("group");
        }
        return InputBinder.bind(group instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT, GROUP, limits());
    }

    private static Integer integer(Object value) {
        return value == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, (Long) value));
    }

    /** {@code customer-data-group-interface}. */
    static JsonObject json(CustomerGroup group) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("id", group.id().value())
                .add("code", group.code())
                .add("tax_class_id", group.taxClassId());
        if (group.taxClassId() == 3) {
            json.add("tax_class_name", "Retail Customer");
        }
        return json.build();
    }
}
