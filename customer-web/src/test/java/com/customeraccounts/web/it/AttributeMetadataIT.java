package com.customeraccounts.web.it;

import static com.customeraccounts.web.it.MagentoAssertions.assertError;
import static com.customeraccounts.web.it.SampleCustomers.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Magento's attribute metadata routes through the deployed WAR, with two customer attributes and one address
 * attribute declared in {@code attributes.file}: Magento's system attributes answer as its own api-functional
 * tests expect ({@code CustomerMetadataTest}, {@code AddressMetadataTest}), the shop's follow them. One of the
 * shop's is required, which is why this class has a server of its own: every save elsewhere would need it.
 * The metadata comes from the attributes file, not the database (CustomAttributesIT stores the values on both):
 * it runs once, on PostgreSQL.
 */
@EnabledIfSystemProperty(named = "it.database", matches = "postgresql")
class AttributeMetadataIT extends SystemTest {

    private static final Path FILE = attributesFile();
    /** {@code AttributeMetadataInterface}'s getters in order, {@code attribute_code} (its parent's) last. */
    private static final List<String> KEYS = List.of(
            "frontend_input",
            "input_filter",
            "store_label",
            "validation_rules",
            "multiline_count",
            "visible",
            "required",
            "data_model",
            "options",
            "frontend_class",
            "user_defined",
            "sort_order",
            "frontend_label",
            "note",
            "system",
            "backend_type",
            "is_used_in_grid",
            "is_visible_in_grid",
            "is_filterable_in_grid",
            "is_searchable_in_grid",
            "attribute_code");

    @OwnServer
    static WebArchive deployment() {
        return PackagedWar.asRootWith("attributes.file=" + FILE);
    }

    private JsonValue get(String path) {
        ApiResponse answer = api.call("GET", "rest/V1/attributeMetadata/" + path, api.adminToken(), null);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return Json.createReader(new StringReader(answer.body())).readValue();
    }

    @Test
    void describesFirstnameExactlyAsMagentosOwnTestExpects() {
        JsonObject firstname = get("customer/attribute/firstname").asJsonObject();

        assertThat(new ArrayList<>(firstname.keySet())).isEqualTo(KEYS);
        assertThat(firstname)
                .isEqualTo(json("{\"frontend_input\":\"text\",\"input_filter\":\"trim\",\"store_label\":\"First Name\","
                        + "\"validation_rules\":[{\"name\":\"max_text_length\",\"value\":\"255\"},"
                        + "{\"name\":\"min_text_length\",\"value\":\"1\"}],\"multiline_count\":0,\"visible\":true,"
                        + "\"required\":true,\"data_model\":\"\",\"options\":[],\"frontend_class\":\"required-entry\","
                        + "\"user_defined\":false,\"sort_order\":40,\"frontend_label\":\"First Name\",\"note\":\"\","
                        + "\"system\":true,\"backend_type\":\"static\",\"is_used_in_grid\":false,"
                        + "\"is_visible_in_grid\":false,\"is_filterable_in_grid\":false,"
                        + "\"is_searchable_in_grid\":false,\"attribute_code\":\"firstname\"}"));
    }

    @Test
    void describesGenderWebsiteAndPostcodeAsMagentoDoes() {
        JsonObject gender = get("customer/attribute/gender").asJsonObject();
        assertThat(gender.getJsonArray("options"))
                .isEqualTo(json("[{\"label\":\" \",\"value\":\"\"},{\"label\":\"Male\",\"value\":\"1\"},"
                        + "{\"label\":\"Female\",\"value\":\"2\"},{\"label\":\"Not Specified\",\"value\":\"3\"}]"));
        assertThat(gender.getBoolean("visible")).isFalse();
        assertThat(gender.getBoolean("system")).isFalse();
        assertThat(gender.getInt("sort_order")).isEqualTo(110);

        JsonObject website = get("customer/attribute/website_id").asJsonObject();
        assertThat(website.getString("frontend_class")).isEqualTo("required-entry");
        assertThat(website.getJsonArray("options").getValuesAs(JsonObject.class))
                .extracting(o -> o.getString("label") + "=" + o.getString("value"))
                .contains("Main Website=1")
                .doesNotContain("Admin=0");

        JsonObject postcode = get("customerAddress/attribute/postcode").asJsonObject();
        assertThat(postcode.getString("data_model")).isEqualTo("Magento\\Customer\\Model\\Attribute\\Data\\Postcode");
        assertThat(postcode.getBoolean("required")).isFalse();
        assertThat(postcode.getInt("sort_order")).isEqualTo(110);
    }

    @Test
    void listsMagentosAttributesThenTheShopsAndTheCustomOnesAlone() {
        JsonArray customer = get("customer").asJsonArray();
        assertThat(customer).hasSize(27);
        assertThat(codes(customer)).startsWith("website_id", "store_id").endsWith("erp_number", "heard_from");
        assertThat(get("customerAddress").asJsonArray())
                .as("19 of Magento's and the door code")
                .hasSize(20);

        JsonArray custom = get("customer/custom").asJsonArray();
        assertThat(codes(custom)).containsExactly("erp_number", "heard_from");
        JsonObject erp = custom.getJsonObject(0);
        assertThat(new ArrayList<>(erp.keySet())).isEqualTo(KEYS);
        assertThat(erp.getBoolean("user_defined")).isTrue();
        assertThat(erp.getBoolean("system")).isFalse();
        assertThat(erp.getBoolean("required")).isTrue();
        assertThat(erp.getString("backend_type")).isEqualTo("varchar");
        assertThat(erp.getString("frontend_class"))
                .isEqualTo("required-entry validate-alphanum maximum-length-12 validate-length");
        assertThat(erp.getJsonArray("validation_rules"))
                .isEqualTo(json("[{\"name\":\"input_validation\",\"value\":\"alphanumeric\"},"
                        + "{\"name\":\"max_text_length\",\"value\":\"12\"}]"));
        assertThat(custom.getJsonObject(1).getJsonArray("options"))
                .isEqualTo(json("[{\"label\":\" \",\"value\":\"\"},{\"label\":\"Radio\",\"value\":\"radio\"},"
                        + "{\"label\":\"A friend\",\"value\":\"friend\"}]"));
        assertThat(codes(get("customerAddress/custom").asJsonArray())).containsExactly("door_code");
    }

    @Test
    void aFormListsMagentosAttributesFirstThenTheShopsEachBySortOrder() {
        assertThat(codes(get("customer/form/customer_account_create").asJsonArray()))
                .containsExactly(
                        "created_at",
                        "prefix",
                        "firstname",
                        "middlename",
                        "lastname",
                        "suffix",
                        "email",
                        "dob",
                        "taxvat",
                        "gender",
                        "heard_from");
        assertThat(codes(get("customer/form/adminhtml_checkout").asJsonArray()))
                .containsExactly("group_id", "email", "dob", "taxvat", "gender");
        assertThat(codes(get("customerAddress/form/customer_register_address").asJsonArray()))
                .hasSize(15)
                .startsWith("prefix", "firstname")
                .doesNotContain("vat_is_valid", "door_code");
    }

    @Test
    void anUnknownAttributeOrFormIsMagentosNotFound() {
        assertError(
                api.call("GET", "rest/V1/attributeMetadata/customerAddress/attribute/gender", api.adminToken(), null),
                404,
                "No such entity with %fieldName = %fieldValue, %field2Name = %field2Value",
                "fieldName",
                "entityType",
                "fieldValue",
                "customer_address",
                "field2Name",
                "attributeCode",
                "field2Value",
                "gender");
        assertError(
                api.call("GET", "rest/V1/attributeMetadata/customer/form/checkout_register", api.adminToken(), null),
                404,
                "No such entity with %fieldName = %fieldValue",
                "fieldName",
                "formCode",
                "fieldValue",
                "checkout_register");
    }

    @Test
    void aRequiredAttributeLeftOutIsMagentosRequiredValueAndAnUpdateMayLeaveItOut() {
        assertError(api.createAccount(account(uniqueEmail(), null)), 400, "\"ERP number\" is a required value.");

        ApiResponse created = api.createAccount(account(uniqueEmail(), "ERP42"));
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        long id = created.object().getJsonNumber("id").longValue();
        ApiResponse renamed = api.call(
                "PUT", "rest/V1/customers/" + id, api.adminToken(), "{\"customer\":{\"lastname\":\"Renamed\"}}");
        ApiResponse emptied = api.call(
                "PUT",
                "rest/V1/customers/" + id,
                api.adminToken(),
                "{\"customer\":{\"custom_attributes\":[{\"attribute_code\":\"erp_number\",\"value\":\"\"}]}}");

        assertThat(renamed.object().getJsonArray("custom_attributes").toString())
                .isEqualTo("[{\"attribute_code\":\"erp_number\",\"value\":\"ERP42\"}]");
        assertError(emptied, 400, "\"ERP number\" is a required value.");
    }

    private static JsonObject account(String email, String erpNumber) {
        JsonObjectBuilder customer = Json.createObjectBuilder()
                .add("email", email)
                .add("firstname", "Jane")
                .add("lastname", "Doe");
        if (erpNumber != null) {
            customer.add(
                    "custom_attributes",
                    Json.createArrayBuilder()
                            .add(Json.createObjectBuilder()
                                    .add("attribute_code", "erp_number")
                                    .add("value", erpNumber)));
        }
        return Json.createObjectBuilder().add("customer", customer).build();
    }

    private static List<String> codes(JsonArray attributes) {
        return attributes.getValuesAs(JsonObject.class).stream()
                .map(a -> a.getString("attribute_code"))
                .toList();
    }

    private static JsonValue json(String text) {
        return Json.createReader(new StringReader(text)).readValue();
    }

    private static Path attributesFile() {
        String json = "{\"customer\": [{\"attribute_code\": \"erp_number\", \"frontend_input\": \"text\", "
                + "\"frontend_label\": \"ERP number\", \"required\": true, \"validation_rules\": [{\"name\": "
                + "\"input_validation\", \"value\": \"alphanumeric\"}, {\"name\": \"max_text_length\", \"value\": 12}], "
                + "\"sort_order\": 200, \"forms\": [\"adminhtml_customer\"]}, {\"attribute_code\": \"heard_from\", "
                + "\"frontend_input\": \"select\", \"frontend_label\": \"How did you hear about us?\", \"sort_order\": "
                + "210, \"forms\": [\"customer_account_create\"], \"options\": [{\"label\": \"Radio\", \"value\": "
                + "\"radio\"}, {\"label\": \"A friend\", \"value\": \"friend\"}]}], \"customer_address\": "
                + "[{\"attribute_code\": \"door_code\", \"frontend_input\": \"text\", \"frontend_label\": \"Door code\"}]}";
        try {
            return Files.writeString(Files.createTempFile(Path.of(TestServer.dataDir()), "attributes-", ".json"), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
