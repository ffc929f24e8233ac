package com.customeraccounts.web.wire;

import jakarta.annotation.Priority;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Answers in XML when the caller's Accept prefers it, as Magento's {@code Renderer\Xml} renders: the JSON a route
 * answers (success or error) inside a {@code response} element, a list's entries as {@code item} elements, keys in
 * the same order and with the same omissions, {@code true}/{@code false} as text, null as an empty element; with
 * {@code Content-Type: application/xml; charset=utf-8}. The routes themselves only ever answer JSON: a request
 * that prefers XML is routed as one that accepts JSON, and its answer is rendered on the way out.
 */
@Provider
@PreMatching
@Priority(Priorities.HEADER_DECORATOR)
public class XmlAnswers implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String XML_UTF8 = "application/xml; charset=utf-8";
    private static final String WANTS_XML = XmlAnswers.class.getName() + ".xml";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    @Override
    public void filter(ContainerRequestContext request) {
        if (prefersXml(request)) {
            request.setProperty(WANTS_XML, Boolean.TRUE);
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON);
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(WANTS_XML) == null) {
            return;
        }
        Object entity = response.getEntity();
        if (entity instanceof JsonValue value) {
            response.setEntity(render(value), null, MediaType.valueOf(XML_UTF8));
        } else if (entity instanceof String json
                && response.getMediaType() != null
                && response.getMediaType().isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            // an error body, rendered as JSON text by its mapper
            try (JsonReader reader = Jsons.JSON.createReader(new StringReader(json))) {
                response.setEntity(render(reader.readValue()), null, MediaType.valueOf(XML_UTF8));
            }
        }
    }

    /** Magento takes the first type of the Accept header (by preference) that one of its renderers writes. */
    private static boolean prefersXml(ContainerRequestContext request) {
        List<MediaType> accepted;
        try {
            accepted = request.getAcceptableMediaTypes();
        } catch (RuntimeException unreadable) {
            // an Accept header no one can read is answered as before, by the route's own negotiation
            return false;
        }
        for (MediaType type : accepted) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            String essence = (type.getType() + "/" + type.getSubtype()).toLowerCase(java.util.Locale.ROOT);
            if (essence.equals("application/xml") || essence.equals("text/xml")) {
                return true;
            }
        }
        return false;
    }

    static String render(JsonValue value) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(text);
            xml.writeStartDocument("1.0");
            text.write("\n");
            element(xml, "response", value);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot render XML: " + e.getMessage(), e);
        }
        return text.append('\n').toString();
    }

    private static void element(XMLStreamWriter xml, String name, JsonValue value) throws XMLStreamException {
        switch (value.getValueType()) {
            case NULL -> xml.writeEmptyElement(name);
            case OBJECT -> {
                xml.writeStartElement(name);
                for (Map.Entry<String, JsonValue> member : ((JsonObject) value).entrySet()) {
                    element(xml, key(member.getKey()), member.getValue());
                }
                xml.writeEndElement();
            }
            case ARRAY -> {
                xml.writeStartElement(name);
                for (JsonValue item : value.asJsonArray()) {
                    element(xml, "item", item);
                }
                xml.writeEndElement();
            }
            default -> {
                xml.writeStartElement(name);
                xml.writeCharacters(text(value));
                xml.writeEndElement();
            }
        }
    }

    private static String text(JsonValue value) {
        String text = switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).toString();
            case TRUE -> "true";
            default -> "false";
        };
        // characters XML 1.0 cannot hold at all
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints()
                .forEach(c -> kept.appendCodePoint(
                        c == 0x9
                                        || c == 0xA
                                        || c == 0xD
                                        || (c >= 0x20 && c <= 0xD7FF)
                                        || (c >= 0xE000 && c <= 0xFFFD)
                                        || c >= 0x10000
                                ? c
                                : 0xFFFD));
        return kept.toString();
    }

    /** Magento's {@code _prepareKey}: what no XML name may hold goes, a name may not start as a number does. */
    static String key(String key) {
        StringBuilder name = new StringBuilder(key.length());
        key.codePoints()
                .filter(c -> Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.')
                .forEach(name::appendCodePoint);
        String trimmed = name.toString().replaceAll("^_+|_+$", "");
        if (trimmed.isEmpty() || !Character.isLetter(trimmed.codePointAt(0)) && trimmed.charAt(0) != '_') {
            return "item_" + trimmed.replaceAll("^[.,-]+", "");
        }
        return trimmed;
    }
}
