package com.customeraccounts.web.wire;

import jakarta.json.JsonValue;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * Writes a route's JSON value as its compact text in UTF-8, the charset of Magento's Content-Type: an object,
 * an array, or a bare {@code true}, {@code 42}, {@code "text"} or {@code null}. Ours rather than the server's
 * JSON-P or JSON-B writer, so that the bytes do not depend on which of them the server registers or how it
 * is configured.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class JsonValueWriter implements MessageBodyWriter<JsonValue> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return JsonValue.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(
            JsonValue value,
            Class<?> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, Object> headers,
            OutputStream out)
            throws IOException {
        out.write(value.toString().getBytes(StandardCharsets.UTF_8));
    }
}
