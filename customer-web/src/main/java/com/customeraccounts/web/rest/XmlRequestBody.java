package com.customeraccounts.web.rest;

import static com.customeraccounts.web.wire.Jsons.JSON;

import com.customeraccounts.web.error.WebapiException;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An XML request body read as Magento's {@code Deserializer\Xml} reads one, into the JSON the routes bind, so
 * that a request means the same in either format: the root element's children are the parameters; an element
 * with children is an object, one without is its text as written (an empty one is null); siblings of one name,
 * or children that are all {@code item} (as Magento unwraps them for a list), are a list. Attributes are not
 * read.
 *
 * <p>A document type declaration is refused before anything of it is read, so no external entity is fetched and
 * no entity is expanded; so is nesting deeper than JSON's.
 */
final class XmlRequestBody {

    static final int MAX_DEPTH = 64;
    private static final XMLInputFactory FACTORY = factory();

    private XmlRequestBody() {}

    /** @throws WebapiException Magento's {@code Decoding error.} for XML that is malformed or declares a DTD */
    static JsonValue decode(byte[] body) {
        XMLStreamReader reader = null;
        try {
            reader = FACTORY.createXMLStreamReader(new ByteArrayInputStream(body));
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    throw decodingError();
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    JsonValue root = element(reader, 1);
                    // what follows the root may only be comments and processing instructions
                    while (reader.hasNext()) {
                        int after = reader.next();
                        if (after == XMLStreamConstants.DTD || after == XMLStreamConstants.START_ELEMENT) {
                            throw decodingError();
                        }
                    }
                    return root instanceof JsonObject ? root : JsonValue.EMPTY_JSON_OBJECT;
                }
            }
            throw decodingError();
        } catch (XMLStreamException | RuntimeException malformed) {
            if (malformed instanceof WebapiException refused) {
                throw refused;
            }
            throw decodingError();
        } finally {
            close(reader);
        }
    }

    /** The element the reader is at the start of, up to its end. */
    private static JsonValue element(XMLStreamReader reader, int depth) throws XMLStreamException {
        if (depth > MAX_DEPTH) {
            throw decodingError();
        }
        Map<String, List<JsonValue>> children = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    String name = reader.getLocalName();
                    children.computeIfAbsent(name, n -> new ArrayList<>()).add(element(reader, depth + 1));
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                    text.append(reader.getText());
                case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE -> throw decodingError();
                case XMLStreamConstants.END_ELEMENT -> {
                    return children.isEmpty() ? text(text) : value(children);
                }
                default -> {
                    // comments and processing instructions carry no parameter
                }
            }
        }
    }

    /** Text as written, not trimmed; an empty element is no value, as {@code <middlename/>} is null in Magento. */
    private static JsonValue text(StringBuilder text) {
        return text.length() == 0 ? JsonValue.NULL : JSON.createValue(text.toString());
    }

    private static JsonValue value(Map<String, List<JsonValue>> children) {
        if (children.size() == 1 && children.containsKey("item")) {
            return list(children.get("item"));
        }
        var object = JSON.createObjectBuilder();
        children.forEach((name, values) -> object.add(name, values.size() == 1 ? values.get(0) : list(values)));
        return object.build();
    }

    private static JsonValue list(List<JsonValue> values) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        values.forEach(array::add);
        return array.build();
    }

    private static WebapiException decodingError() {
        return WebapiException.badRequest("Decoding error.");
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // nothing is held open: the body is in memory
            }
        }
    }
}
