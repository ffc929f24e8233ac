package com.customeraccounts.persistence.attribute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.customeraccounts.attribute.AttributeEntity;
import com.customeraccounts.attribute.AttributeMetadata;
import com.customeraccounts.attribute.AttributeOption;
import com.customeraccounts.attribute.DeclaredAttributes;
import com.customeraccounts.attribute.ValidationRule;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AttributesFileTest {

    @Test
    void readsEachDeclaredAttributeInMagentosShape() {
        DeclaredAttributes declared = AttributesFile.parse(json("{\"customer\": [{\"attribute_code\": \"erp_number\", "
                + "\"frontend_input\": \"text\", \"frontend_label\": \"ERP number\", \"required\": true, "
                + "\"validation_rules\": [{\"name\": \"input_validation\", \"value\": \"alphanumeric\"}, "
                + "{\"name\": \"max_text_length\", \"value\": 12}], \"sort_order\": 200, "
                + "\"forms\": [\"adminhtml_customer\"]}, {\"attribute_code\": \"heard_from\", \"frontend_input\": "
                + "\"select\", \"frontend_label\": \"How did you hear about us?\", \"options\": [{\"label\": \"Radio\", "
                + "\"value\": \"radio\"}, {\"label\": \"A friend\", \"value\": \"friend\"}]}], \"customer_address\": "
                + "[{\"attribute_code\": \"door_code\", \"frontend_input\": \"boolean\", \"frontend_label\": \"Door "
                + "code\"}]}"));

        AttributeMetadata erp = declared.of(AttributeEntity.CUSTOMER).get(0);
        assertThat(erp.required()).isTrue();
        assertThat(erp.userDefined()).isTrue();
        assertThat(erp.system()).isFalse();
        assertThat(erp.backendType()).isEqualTo("varchar");
        assertThat(erp.validationRules())
                .containsExactly(
                        new ValidationRule("input_validation", "alphanumeric"),
                        new ValidationRule("max_text_length", "12"));
        assertThat(erp.frontendClass()).isEqualTo("required-entry validate-alphanum maximum-length-12 validate-length");
        assertThat(erp.sortOrder()).isEqualTo(200);
        assertThat(erp.forms()).isEqualTo(Set.of("adminhtml_customer"));
        AttributeMetadata heard = declared.of(AttributeEntity.CUSTOMER).get(1);
        assertThat(heard.backendType()).isEqualTo("int");
        assertThat(heard.options())
                .containsExactly(
                        AttributeOption.BLANK,
                        new AttributeOption("Radio", "radio"),
                        new AttributeOption("A friend", "friend"));
        AttributeMetadata door = declared.of(AttributeEntity.ADDRESS).get(0);
        assertThat(door.options()).extracting(AttributeOption::value).containsExactly("1", "0");
    }

    @Test
    void refusesWhatWouldLoseValuesNamingTheEntityTheEntryAndTheKey() {
        String[] broken = {
            "{\"customers\": []}",
            entry("\"attribute_code\": \"Erp-Number\", \"frontend_input\": \"text\", \"frontend_label\": \"E\""),
            entry("\"attribute_code\": \"erp\", \"frontend_input\": \"file\", \"frontend_label\": \"E\""),
            entry("\"attribute_code\": \"erp\", \"frontend_input\": \"text\""),
            entry("\"attribute_code\": \"erp\", \"frontend_input\": \"select\", \"frontend_label\": \"E\""),
            entry("\"attribute_code\": \"erp\", \"frontend_input\": \"text\", \"frontend_label\": \"E\", "
                    + "\"options\": [{\"label\": \"A\", \"value\": \"a\"}]"),
            entry("\"attribute_code\": \"erp\", \"frontend_input\": \"select\", \"frontend_label\": \"E\", "
                    + "\"options\": [{\"label\": \"A\", \"value\": \"a\"}, {\"label\": \"B\", \"value\": \"a\"}]"),
            entry("\"attribute_code\": \"erp\", \"frontend_input\": \"text\", \"frontend_label\": \"E\", "
                    + "\"validation_rules\": [{\"name\": \"max_text_length\", \"value\": \"many\"}]"),
            entry("\"attribute_code\": \"erp\", \"frontend_input\": \"text\", \"frontend_label\": \"E\", "
                    + "\"validation_rules\": [{\"name\": \"input_validation\", \"value\": \"regex\"}]"),
            entry("\"attribute_code\": \"erp\", \"frontend_input\": \"text\", \"frontend_label\": \"E\", "
                    + "\"forms\": [\"customer_address_edit\"]"),
            entry("\"attribute_code\": \"erp\", \"frontend_input\": \"text\", \"frontend_label\": \"E\", "
                    + "\"default_value\": \"x\""),
            entry("\"attribute_code\": \"email\", \"frontend_input\": \"text\", \"frontend_label\": \"E\""),
        };
        for (String file : broken) {
            assertThatIllegalArgumentException()
                    .as(file)
                    .isThrownBy(() -> AttributesFile.parse(json(file)))
                    .satisfies(e -> assertThat(e.getMessage()).containsAnyOf("customer", "\"customers\""));
        }
    }

    private static String entry(String fields) {
        return "{\"customer\": [{" + fields + "}]}";
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
