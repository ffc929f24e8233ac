package com.customeraccounts.web.rest;

import static com.customeraccounts.web.wire.Jsons.JSON;

import com.customeraccounts.web.error.WebapiException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * Reads a request body as Magento's REST layer does: the Content-Type must be present and JSON or XML
 * ({@link XmlRequestBody}), in UTF-8; a body that cannot be decoded is {@code Decoding error.}; an empty body has
 * no parameters. Bodies over 1 MiB
 * are refused as they arrive; the rest is checked when the route reads the body, after its ACL check.
 */
@Provider
@Consumes(MediaType.WILDCARD)
public class JsonBodyReader implements MessageBodyReader<JsonBody> {

    static final int MAX_BODY_BYTES = 1024 * 1024;
    /** The types Magento's REST layer reads as XML. */
    private static final java.util.Set<String> XML_TYPES =
            java.util.Set.of("application/xml", "application/xhtml+xml", "text/xml");

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == JsonBody.class;
    }

    /** Reads the bytes only (refusing more than 1 MiB); {@link JsonBody} decodes them when the route asks. */
    @Override
    public JsonBody readFrom(
            Class<JsonBody> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, String> headers,
            InputStream entity)
            throws IOException {
        byte[] body = entity.readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            throw RequestTooLarge.exception(entity);
        }
        return new JsonBody(headers.getFirst(HttpHeaders.CONTENT_TYPE), body);
    }

    static JsonValue decode(String contentType, byte[] body) {
        boolean xml = isXml(checkContentType(contentType));
        if (new String(body, StandardCharsets.UTF_8).isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        if (xml) {
            return XmlRequestBody.decode(body);
        }
        try (JsonReader reader =
                JSON.createReader(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8))) {
            return reader.readValue();
        } catch (RuntimeException malformed) {
            // the parser's own failures, including its nesting limit, are all "not JSON we can read"
            throw WebapiException.badRequest("Decoding error.");
        }
    }

    /**
     * Magento's Content-Type check, for a route that reads its body as a stream.
     *
     * @throws WebapiException Magento's 400 when the Content-Type is not JSON in UTF-8
     */
    public static void requireJson(String header) {
        String essence = checkContentType(header);
        if (isXml(essence)) {
            throw WebapiException.badRequest("Server cannot understand Content-Type HTTP header media type " + essence);
        }
    }

    private static boolean isXml(String essence) {
        return XML_TYPES.contains(essence.toLowerCase(java.util.Locale.ROOT));
    }

    /** @return the media type without its parameters */
    private static String checkContentType(String header) {
        if (header == null || header.isBlank()) {
            throw WebapiException.badRequest("Content-Type header is empty.");
        }
        MediaType type;
        try {
            type = MediaType.valueOf(header);
        } catch (IllegalArgumentException malformed) {
            throw WebapiException.badRequest("Content-Type header is invalid.");
        }
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.equalsIgnoreCase("utf-8")) {
            throw WebapiException.badRequest("UTF-8 is the only supported charset.");
        }
        String essence = type.getType() + "/" + type.getSubtype();
        if (!essence.equalsIgnoreCase("application/json") && !isXml(essence)) {
            throw WebapiException.badRequest("Server cannot understand Content-Type HTTP header media type " + essence);
        }
        return essence;
    }
}
