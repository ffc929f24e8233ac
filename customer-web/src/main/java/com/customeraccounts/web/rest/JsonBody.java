package com.customeraccounts.web.rest;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** A decoded JSON request body. */
public record JsonBody(JsonValue value) {

    /** The body as an object; Magento reads a non-object body as having no parameters. */
    public JsonObject object() {
        return value instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
    }
}
