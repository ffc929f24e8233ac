package com.customeraccounts.web.it;

import static com.customeraccounts.web.it.SampleCustomers.addresses;
import static com.customeraccounts.web.it.SampleCustomers.alabamaAddress;
import static com.customeraccounts.web.it.SampleCustomers.minimalCustomer;
import static com.customeraccounts.web.it.SampleCustomers.request;
import static com.customeraccounts.web.it.SampleCustomers.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

/**
 * XML on the wire through the deployed WAR: a request in XML means what it means in JSON (the same status and
 * the same answer), answers are rendered in Magento's XML when Accept asks for it, and a document type
 * declaration (external entities, entity expansion) is refused.
 */
class XmlWireIT extends SystemTest {

    private static final String PASSWORD = "Xml-Wire-Passw0rd";

    static List<Map.Entry<String, Function<String, JsonObject>>> createRequests() {
        return List.of(
                Map.entry(
                        "happy path with two addresses",
                        email -> request(
                                minimalCustomer(email)
                                        .add(
                                                "addresses",
                                                addresses(
                                                        alabamaAddress("1 Main Street", "Birmingham", "35201")
                                                                .add("default_billing", true),
                                                        alabamaAddress("2 Side Street", "Mobile", "36601")
                                                                .add("default_shipping", true))),
                                PASSWORD)),
                Map.entry(
                        "no email",
                        email -> request(Json.createObjectBuilder()
                                .add("firstname", "Jane")
                                .add("lastname", "Doe"))),
                Map.entry("an invalid email", email -> request(minimalCustomer("not-an-email"))),
                Map.entry(
                        "no names", email -> request(Json.createObjectBuilder().add("email", email))),
                Map.entry(
                        "a group id that is no number",
                        email -> request(minimalCustomer(email).add("group_id", "abc"))),
                Map.entry(
                        "an unknown field in an address",
                        email -> request(minimalCustomer(email)
                                .add(
                                        "addresses",
                                        addresses(alabamaAddress("1 Main Street", "Birmingham", "35201")
                                                .add("planet", "Mars"))))),
                Map.entry("a weak password", email -> request(minimalCustomer(email), "weak")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("createRequests")
    void aCreateInXmlGetsTheStatusAndAnswerItGetsInJson(Map.Entry<String, Function<String, JsonObject>> sample) {
        ApiResponse json = api.createAccount(sample.getValue().apply(uniqueEmail()));
        ApiResponse xml = createInXml(sample.getValue().apply(uniqueEmail()));

        assertThat(xml.status()).as("%s", xml).isEqualTo(json.status());
        assertThat(comparable(xml.object())).isEqualTo(comparable(json.object()));
    }

    @Test
    void aDuplicateEmailInXmlIsMagentosMessage() {
        String email = uniqueEmail();
        assertThat(api.createAccount(request(minimalCustomer(email))).status()).isEqualTo(200);

        ApiResponse again = createInXml(request(minimalCustomer(email)));

        assertThat(again.status()).isEqualTo(400);
        assertThat(again.message())
                .isEqualTo("A customer with the same email address already exists in an associated " + "website.");
    }

    @Test
    void malformedXmlIsADecodingError() {
        ApiResponse answer = api.send(
                "POST",
                "rest/V1/customers",
                "<customer><email>unclosed</customer>",
                List.of("Content-Type", "application/xml"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.message()).isEqualTo("Decoding error.");
    }

    @Test
    void externalEntitiesAndEntityExpansionAreRefused() {
        String external = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<r><customer><email>&x;</email><firstname>A</firstname><lastname>B</lastname></customer></r>";
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY l0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            laughs.append("<!ENTITY l")
                    .append(i)
                    .append(" \"")
                    .append(("&l" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        laughs.append("]><r><customer><email>&l9;</email></customer></r>");

        for (String body : List.of(external, laughs.toString())) {
            ApiResponse answer =
                    api.send("POST", "rest/V1/customers", body, List.of("Content-Type", "application/xml"));
            assertThat(answer.status()).as("%s", answer).isEqualTo(400);
            assertThat(answer.message()).isEqualTo("Decoding error.");
            assertThat(answer.body()).doesNotContain("root:");
        }
    }

    @Test
    void aCustomerASearchAndAnErrorAreAnsweredInMagentosXml() {
        String email = uniqueEmail();
        JsonObject created = api.createAccount(request(
                        minimalCustomer(email)
                                .add("addresses", addresses(alabamaAddress("1 Main Street", "Birmingham", "35201"))),
                        PASSWORD))
                .object();
        long id = created.getJsonNumber("id").longValue();
        List<String> asXml = List.of("Authorization", "Bearer " + api.adminToken(), "Accept", "application/xml");

        ApiResponse customer = api.send("GET", "rest/V1/customers/" + id, null, asXml);
        ApiResponse search = api.send(
                "GET",
                "rest/V1/customers/search?searchCriteria[filterGroups][0][filters][0][field]=email"
                        + "&searchCriteria[filterGroups][0][filters][0][value]=" + email,
                null,
                asXml);
        ApiResponse missing = api.send("GET", "rest/V1/customers/0", null, asXml);

        assertThat(customer.contentType().replace(" ", "")).isEqualToIgnoringCase("application/xml;charset=utf-8");
        Element root = XmlAnswer.parse(customer.body()).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("response");
        assertThat(XmlAnswer.child(root, "id")).isEqualTo(Long.toString(id));
        assertThat(XmlAnswer.child(root, "email")).isEqualTo(email);
        assertThat(childNames(root)).isEqualTo(List.copyOf(created.keySet()));
        Element address =
                (Element) root.getElementsByTagName("addresses").item(0).getFirstChild();
        assertThat(address.getTagName()).isEqualTo("item");
        assertThat(XmlAnswer.child(
                        (Element) address.getElementsByTagName("street").item(0), "item"))
                .isEqualTo("1 Main Street");
        assertThat(XmlAnswer.child(
                        (Element) root.getElementsByTagName("extension_attributes")
                                .item(0),
                        "is_subscribed"))
                .isEqualTo("false");

        Element found = XmlAnswer.parse(search.body()).getDocumentElement();
        assertThat(XmlAnswer.child(found, "total_count")).isEqualTo("1");
        Element items = (Element) found.getElementsByTagName("items").item(0);
        assertThat(XmlAnswer.child((Element) items.getFirstChild(), "email")).isEqualTo(email);

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType().replace(" ", "")).isEqualToIgnoringCase("application/xml;charset=utf-8");
        Element error = XmlAnswer.parse(missing.body()).getDocumentElement();
        assertThat(XmlAnswer.child(error, "message")).isEqualTo("No such entity with %fieldName = %fieldValue");
        Element parameters = (Element) error.getElementsByTagName("parameters").item(0);
        assertThat(XmlAnswer.child(parameters, "fieldName")).isEqualTo("customerId");
    }

    private ApiResponse createInXml(JsonObject body) {
        return api.send("POST", "rest/V1/customers", xml(body), List.of("Content-Type", "application/xml"));
    }

    /** A JSON request as an XML client writes it: a root element, an element per key, list entries as items. */
    static String xml(JsonObject body) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><request>");
        body.forEach((key, value) -> element(xml, key, value));
        return xml.append("</request>").toString();
    }

    private static void element(StringBuilder xml, String name, JsonValue value) {
        xml.append('<').append(name).append('>');
        switch (value.getValueType()) {
            case OBJECT -> value.asJsonObject().forEach((key, child) -> element(xml, key, child));
            case ARRAY -> value.asJsonArray().forEach(item -> element(xml, "item", item));
            case STRING -> xml.append(escape(((jakarta.json.JsonString) value).getString()));
            case TRUE -> xml.append("true");
            case FALSE -> xml.append("false");
            default -> xml.append(value);
        }
        xml.append("</").append(name).append('>');
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** An answer without what differs between two accounts: ids, emails, times. */
    private static JsonObject comparable(JsonObject answer) {
        var kept = Json.createObjectBuilder(answer);
        for (String key : List.of("id", "email", "created_at", "updated_at")) {
            kept.remove(key);
        }
        if (answer.containsKey("addresses")) {
            var addresses = Json.createArrayBuilder();
            answer.getJsonArray("addresses")
                    .forEach(a -> addresses.add(Json.createObjectBuilder(a.asJsonObject())
                            .remove("id")
                            .remove("customer_id")));
            kept.add("addresses", addresses);
            kept.remove("default_billing");
            kept.remove("default_shipping");
        }
        return kept.build();
    }

    private static List<String> childNames(Element element) {
        List<String> names = new java.util.ArrayList<>();
        for (var node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child) {
                names.add(child.getTagName());
            }
        }
        return names;
    }
}
