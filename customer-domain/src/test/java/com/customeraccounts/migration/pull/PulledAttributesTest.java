package com.customeraccounts.migration.pull;

import static org.assertj.core.api.Assertions.assertThat;

import com.customeraccounts.attribute.AttributeEntity;
import com.customeraccounts.attribute.AttributeMetadata;
import com.customeraccounts.attribute.AttributeOption;
import com.customeraccounts.attribute.DeclaredAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PulledAttributesTest {

    private static final List<AttributeOption> CHANNELS = List.of(
            AttributeOption.BLANK, new AttributeOption("Radio", "radio"), new AttributeOption("A friend", "friend"));

    private final PulledAttributes attributes = new PulledAttributes(
            DeclaredAttributes.of(
                    List.of(
                            declared("erp_number", "text", List.of()),
                            declared("heard_from", "select", CHANNELS),
                            declared("channels", "multiselect", CHANNELS),
                            declared("contract_start", "date", List.of())),
                    List.of(declared("door_code", "text", List.of()))),
            List.of(
                    new MagentoAttribute(
                            130,
                            AttributeEntity.CUSTOMER,
                            "heard_from",
                            "select",
                            Map.of("11", "radio", "12", "A Friend", "13", "TV"),
                            3),
                    new MagentoAttribute(
                            131,
                            AttributeEntity.CUSTOMER,
                            "channels",
                            "multiselect",
                            Map.of("11", "Radio", "13", "TV"),
                            1),
                    new MagentoAttribute(140, AttributeEntity.CUSTOMER, "loyalty_id", "text", Map.of(), 42),
                    new MagentoAttribute(150, AttributeEntity.ADDRESS, "door_code", "text", Map.of(), 1)));

    @Test
    void copiesDeclaredValuesWithOptionsMatchedByTheirLabels() {
        List<Rejection> notes = new ArrayList<>();

        Map<String, String> values = attributes.values(
                AttributeEntity.CUSTOMER,
                Map.of(
                        "erp_number", "ERP4711",
                        "heard_from", "12",
                        "channels", "11,13",
                        "contract_start", "2024-02-29 00:00:00",
                        "loyalty_id", "L-1"),
                7,
                notes);

        assertThat(values)
                .containsOnly(
                        Map.entry("erp_number", "ERP4711"),
                        Map.entry("heard_from", "friend"),
                        Map.entry("channels", "radio"),
                        Map.entry("contract_start", "2024-02-29 00:00:00"));
        assertThat(notes)
                .containsExactly(new Rejection(
                        "customer_entity",
                        7,
                        "The option \"TV\" of \"channels\" is not declared in attributes.file: it was not copied."));
    }

    @Test
    void anOptionNotDeclaredHereIsNotedAndNotCopied() {
        List<Rejection> notes = new ArrayList<>();

        assertThat(attributes.values(AttributeEntity.CUSTOMER, Map.of("heard_from", "13"), 8, notes))
                .isEmpty();
        assertThat(notes)
                .extracting(Rejection::reason)
                .containsExactly(
                        "The option \"TV\" of \"heard_from\" is not declared in attributes.file: it was not copied.");
    }

    @Test
    void eachAttributeOfMagentosNotDeclaredHereIsNotedWithItsValues() {
        assertThat(attributes.undeclared())
                .containsExactly(new Rejection(
                        "eav_attribute",
                        140,
                        "The customer attribute \"loyalty_id\" is not declared in attributes.file: its 42 values "
                                + "were not copied."));
    }

    private static AttributeMetadata declared(String code, String input, List<AttributeOption> options) {
        return AttributeMetadata.declared(code, input, code, false, List.of(), options, 0, Set.of());
    }
}
