package com.customeraccounts.web.group;

import static com.customeraccounts.web.json.Field.Kind.INT;
import static com.customeraccounts.web.json.Field.Kind.STRING;

import com.customeraccounts.web.json.BoundObject;
import com.customeraccounts.web.json.Field;
import com.customeraccounts.web.json.InputLimits;
import com.customeraccounts.web.json.Parameter;
import jakarta.json.JsonObject;
import java.util.Map;

/** The {@code group} parameter of a save request: a {@code customer-data-group-interface}, of which the code and tax class count. */
record GroupRequest(String code, Integer taxClassId) {

    private static final Map<String, Field> GROUP = Field.schema(
            Field.of("id", INT),
            Field.of("code", STRING),
            Field.of("tax_class_id", INT),
            Field.of("tax_class_name", STRING),
            Field.object("extension_attributes"));

    static GroupRequest from(JsonObject body, InputLimits limits) {
        BoundObject group = Parameter.object(body, "group", GROUP, limits);
        return new GroupRequest(group.string("code"), group.integer("tax_class_id"));
    }
}
