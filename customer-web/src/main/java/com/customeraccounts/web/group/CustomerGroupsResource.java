package com.customeraccounts.web.group;

import com.customeraccounts.access.AclResource;
import com.customeraccounts.customer.CustomerGroup;
import com.customeraccounts.customer.GroupManagement;
import com.customeraccounts.customer.SearchCriteria;
import com.customeraccounts.web.customer.SearchCriteriaParameters;
import com.customeraccounts.error.InputException;
import com.customeraccounts.error.NoSuchEntityException;
import com.customeraccounts.store.StoreView;
import com.customeraccounts.store.Stores;
import com.customeraccounts.web.access.Callers;
import com.customeraccounts.web.json.Field;
import com.customeraccounts.web.json.InputBinder;
import com.customeraccounts.web.json.Parameter;
import com.customeraccounts.web.json.PathParameter;
import com.customeraccounts.web.rest.JsonBody;
import com.customeraccounts.web.rest.MagentoMediaType;
import com.customeraccounts.web.rest.RequestStore;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
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


    @Context
    HttpServletRequest request;

    @GET
    @Path("{id}")
    public String getById(@PathParam("id") String id) {
        authorize();
        return json(groups.get(PathParameter.id("id", id))).toString();
    }

    @GET
    @Path("search")
    public String getList(@Context UriInfo uri) {
        authorize();
        SearchCriteria criteria = SearchCriteriaParameters.from(uri.getQueryParameters());
        GroupManagement.GroupPage page = groups.search(criteria);
        JsonArrayBuilder items = Json.createArrayBuilder();
        page.items().forEach(group -> items.add(json(group)));
        return Json.createObjectBuilder().add("items", items)
                .add("search_criteria", SearchCriteriaParameters.echo(criteria))
                .add("total_count", page.totalCount()).build().toString();
    }

    @GET
    @Path("default")
    public String getDefaultGroup() {
        authorize();
        return json(groups.defaultGroup(RequestStore.of(request))).toString();
    }

    /** Shares its path template with {@link #setDefaultGroup}: there the segment is a group id. */
    @GET
    @Path("default/{id}")
    public String getDefaultGroupOfStore(@PathParam("id") String storeId) {
        authorize();
        long id = PathParameter.id("storeId", storeId);
        StoreView store = stores.storeView((int) Math.max(-1, Math.min(Integer.MAX_VALUE, id)))
                .orElseThrow(() -> NoSuchEntityException.singleField("storeId", id));
        return json(groups.defaultGroup(store)).toString();
    }

    /** {@code customerCustomerGroupConfigV1SetDefaultCustomerGroupPut}: answers the group id. */
    @PUT
    @Path("default/{id}")
    public String setDefaultGroup(@PathParam("id") String id) {
        authorize();
        return Integer.toString(groups.setDefault(PathParameter.id("id", id)));
    }

    @GET
    @Path("{id}/permissions")
    public String isReadonly(@PathParam("id") String id) {
        authorize();
        return Boolean.toString(groups.isReadonly(PathParameter.id("id", id)));
    }

    @POST
    public String save(JsonBody body) {
        authorize();
        Map<String, Object> group = group(body.object());
        return json(groups.create((String) group.get("code"), integer(group.get("tax_class_id")))).toString();
    }

    @PUT
    @Path("{id}")
    public String update(@PathParam("id") String id, JsonBody body) {
        authorize();
        long groupId = PathParameter.id("id", id);
        Map<String, Object> group = group(body.object());
        return json(groups.update(groupId, (String) group.get("code"), integer(group.get("tax_class_id")))).toString();
    }

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

    private static Map<String, Object> group(JsonObject body) {
        JsonValue group = Parameter.value(body, "group");
        if (group == null) {
            throw InputException.requiredField("group");
        }
        return InputBinder.bind(group instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT, GROUP);
    }

    private static Integer integer(Object value) {
        return value == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, (Long) value));
    }

    /** {@code customer-data-group-interface}. */
    static JsonObject json(CustomerGroup group) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", group.id().value())
                .add("code", group.code())
                .add("tax_class_id", group.taxClassId());
        if (group.taxClassId() == 3) {
            json.add("tax_class_name", "Retail Customer");
        }
        return json.build();
    }
}
