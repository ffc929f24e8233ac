package com.customeraccounts.web.rest;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * A JSON request body, decoded when the route first reads it rather than when it arrives: a route checks
 * its ACL before it reads its input, so a caller without access gets Magento's 401 whatever it sent (a
 * missing Content-Type or a body that is not JSON included), as Magento's {@code InputParamsResolver}
 * validates the request before it decodes the body.
 */
public final class JsonBody {

    private final String contentType;
    private final byte[] bytes;
    private JsonValue value;

    JsonBody(String contentType, byte[] bytes) {
        this.contentType = contentType;
        this.bytes = bytes;
    }

    /**
     * @throws com.customeraccounts.web.error.WebapiException Magento's 400 when the Content-Type is not JSON
     *                                                          in UTF-8 or the body cannot be decoded
     */
    public JsonValue value() {
        if (value == null) {
            value = JsonBodyReader.decode(contentType, bytes);
        }
        return value;
    }

    /** The body as an object; Magento reads a non-object body as having no parameters. */
    public JsonObject object() {
        return value() instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
    }
}
