package com.customeraccounts.web.error;

import static com.customeraccounts.web.wire.Jsons.JSON;

import com.customeraccounts.error.Parameters;
import com.customeraccounts.error.Phrase;
import com.customeraccounts.web.wire.MagentoMediaType;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Magento's REST error body: {@code {"message": ..., "errors": [...], "parameters": ...}}. */
public final class ErrorBody {

    private ErrorBody() {}

    public static Response response(int status, Phrase phrase, List<Phrase> errors) {
        return Response.status(status)
                .type(MagentoMediaType.JSON_UTF8_TYPE)
                .entity(json(phrase, errors))
                .build();
    }

    public static String json(Phrase phrase, List<Phrase> errors) {
        JsonObjectBuilder body = JSON.createObjectBuilder().add("message", phrase.template());
        if (!errors.isEmpty()) {
            JsonArrayBuilder list = JSON.createArrayBuilder();
            for (Phrase error : errors) {
                JsonObjectBuilder item = JSON.createObjectBuilder().add("message", error.template());
                addParameters(item, error.parameters());
                list.add(item);
            }
            body.add("errors", list);
        }
        addParameters(body, phrase.parameters());
        return body.build().toString();
    }

    public static Response response(int status, String renderedMessage) {
        return response(status, Phrase.of(renderedMessage), List.of());
    }

    public static String json(String renderedMessage) {
        return JSON.createObjectBuilder()
                .add("message", renderedMessage)
                .build()
                .toString();
    }

    /**
     * Answers a request outside JAX-RS with a Magento error body and closes the connection after it: for a
     * request refused without reading its body, whose rest would otherwise be read as the next request.
     */
    public static void sendAndClose(HttpServletResponse response, int status, String renderedMessage)
            throws IOException {
        byte[] body = json(renderedMessage).getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setHeader("Connection", "close");
        response.setContentType(MagentoMediaType.JSON_UTF8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static void addParameters(JsonObjectBuilder target, Parameters parameters) {
        if (parameters instanceof Parameters.Named named) {
            JsonObjectBuilder object = JSON.createObjectBuilder();
            for (Map.Entry<String, Object> e : named.values().entrySet()) {
                object.add(e.getKey(), JsonValues.of(e.getValue()));
            }
            target.add("parameters", object);
        } else if (parameters instanceof Parameters.Positional positional) {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            positional.values().forEach(v -> array.add(JsonValues.of(v)));
            target.add("parameters", array);
        }
    }
}
