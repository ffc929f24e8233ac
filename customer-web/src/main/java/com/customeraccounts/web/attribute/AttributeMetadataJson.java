package com.customeraccounts.web.attribute;

import static com.customeraccounts.web.wire.Jsons.JSON;

import com.customeraccounts.attribute.AttributeMetadata;
import com.customeraccounts.attribute.AttributeOption;
import com.customeraccounts.attribute.ValidationRule;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;

/**
 * An attribute in Magento's {@code customer-data-attribute-metadata-interface} shape: keys in the interface's
 * getter order, {@code attribute_code} (the parent interface's) last; rule values as text; no label a JSON null.
 */
final class AttributeMetadataJson {

    private AttributeMetadataJson() {}

    static JsonArray list(List<AttributeMetadata> attributes) {
        JsonArrayBuilder list = JSON.createArrayBuilder();
        attributes.forEach(attribute -> list.add(of(attribute)));
        return list.build();
    }

    static JsonObject of(AttributeMetadata a) {
        JsonArrayBuilder rules = JSON.createArrayBuilder();
        for (ValidationRule rule : a.validationRules()) {
            rules.add(JSON.createObjectBuilder().add("name", rule.name()).add("value", rule.value()));
        }
        JsonArrayBuilder options = JSON.createArrayBuilder();
        for (AttributeOption option : a.options()) {
            options.add(JSON.createObjectBuilder().add("label", option.label()).add("value", option.value()));
        }
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("frontend_input", a.frontendInput())
                .add("input_filter", a.inputFilter());
        label(json, "store_label", a.frontendLabel());
        json.add("validation_rules", rules)
                .add("multiline_count", a.multilineCount())
                .add("visible", a.visible())
                .add("required", a.required())
                .add("data_model", a.dataModel())
                .add("options", options)
                .add("frontend_class", a.frontendClass())
                .add("user_defined", a.userDefined())
                .add("sort_order", a.sortOrder());
        label(json, "frontend_label", a.frontendLabel());
        return json.add("note", "")
                .add("system", a.system())
                .add("backend_type", a.backendType())
                .add("is_used_in_grid", a.grid().used())
                .add("is_visible_in_grid", a.grid().visible())
                .add("is_filterable_in_grid", a.grid().filterable())
                .add("is_searchable_in_grid", a.grid().searchable())
                .add("attribute_code", a.attributeCode())
                .build();
    }

    private static void label(JsonObjectBuilder json, String key, String label) {
        if (label == null) {
            json.add(key, JsonValue.NULL);
        } else {
            json.add(key, label);
        }
    }
}
