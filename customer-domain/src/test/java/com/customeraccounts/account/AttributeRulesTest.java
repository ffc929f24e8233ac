package com.customeraccounts.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.customeraccounts.attribute.AttributeEntity;
import com.customeraccounts.attribute.AttributeInput;
import com.customeraccounts.attribute.AttributeMetadata;
import com.customeraccounts.attribute.AttributeOption;
import com.customeraccounts.attribute.DeclaredAttributes;
import com.customeraccounts.attribute.ValidationRule;
import com.customeraccounts.customer.AttributeValues;
import com.customeraccounts.error.InputException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AttributeRulesTest {

    private static final List<AttributeOption> CHANNELS = List.of(
            AttributeOption.BLANK, new AttributeOption("Radio", "radio"), new AttributeOption("A friend", "friend"));

    private final AttributeRules rules = new AttributeRules(DeclaredAttributes.of(
            List.of(
                    attribute(
                            "erp_number",
                            "text",
                            "ERP number",
                            true,
                            List.of(
                                    new ValidationRule("input_validation", "alphanumeric"),
                                    new ValidationRule("min_text_length", "3"),
                                    new ValidationRule("max_text_length", "8")),
                            List.of()),
                    attribute("heard_from", "select", "Heard from", false, List.of(), CHANNELS),
                    attribute("channels", "multiselect", "Channels", false, List.of(), CHANNELS),
                    attribute(
                            "b2b",
                            "boolean",
                            "B2B",
                            false,
                            List.of(),
                            List.of(new AttributeOption("Yes", "1"), new AttributeOption("No", "0"))),
                    attribute(
                            "contract_start",
                            "date",
                            "Contract start",
                            false,
                            // 2020-01-01 and 2030-12-31, as Magento keeps them: Unix timestamps
                            List.of(
                                    new ValidationRule("date_range_min", "1577836800"),
                                    new ValidationRule("date_range_max", "1924905600")),
                            List.of()),
                    attribute("notes", "textarea", "Notes", false, List.of(), List.of()),
                    attribute(
                            "site",
                            "text",
                            "Web site",
                            false,
                            List.of(new ValidationRule("input_validation", "url")),
                            List.of())),
            List.of()));

    @Test
    void storesDeclaredValuesInMagentosFormAndDropsUndeclaredCodes() {
        AttributeValues values = customer(
                AttributeInput.of("erp_number", "AB123"),
                AttributeInput.of("heard_from", "friend"),
                AttributeInput.of("channels", "radio,friend"),
                AttributeInput.of("b2b", "1"),
                AttributeInput.of("contract_start", "2024-02-29"),
                AttributeInput.of("rp_token", "x"),
                AttributeInput.notScalar("nobody_declared_this"));

        assertThat(values.asMap())
                .containsExactly(
                        Map.entry("b2b", "1"),
                        Map.entry("channels", "radio,friend"),
                        Map.entry("contract_start", "2024-02-29 00:00:00"),
                        Map.entry("erp_number", "AB123"),
                        Map.entry("heard_from", "friend"));
    }

    @Test
    void reportsEveryProblemOfEveryAttributeInDeclarationOrder() {
        assertThatThrownBy(() -> customer(
                        AttributeInput.of("erp_number", "A-"),
                        AttributeInput.of("heard_from", "tv"),
                        AttributeInput.of("channels", "radio,tv,web"),
                        AttributeInput.of("contract_start", "2019-12-31"),
                        AttributeInput.of("site", "not a url")))
                .isInstanceOf(InputException.class)
                .hasMessage(String.join(
                        "\n",
                        "\"ERP number\" length must be equal or greater than 3 characters.",
                        "\"ERP number\" contains non-alphabetic or non-numeric characters.",
                        "Attribute heard_from does not contain option with Id tv",
                        "Attribute channels does not contain option with Id tv",
                        "Attribute channels does not contain option with Id web",
                        "Please enter a valid date between 01/01/2020 and 31/12/2030 at Contract start.",
                        "\"Web site\" is not a valid URL."));
    }

    @Test
    void anEmptyItemOfAMultiselectIsNoOption() {
        assertThatThrownBy(() ->
                        customer(AttributeInput.of("erp_number", "AB123"), AttributeInput.of("channels", "radio,")))
                .hasMessage("Attribute channels does not contain option with Id ");
    }

    @Test
    void aRequiredAttributeMustHaveAValueButAnUpdateMayLeaveItOut() {
        assertThatThrownBy(() -> customer(AttributeInput.of("heard_from", "radio")))
                .hasMessage("\"ERP number\" is a required value.");
        AttributeValues stored = customer(AttributeInput.of("erp_number", "AB123"));

        assertThat(rules.values(AttributeEntity.CUSTOMER, List.of(AttributeInput.of("b2b", "0")), stored)
                        .asMap())
                .containsEntry("erp_number", "AB123")
                .containsEntry("b2b", "0");
        assertThatThrownBy(() ->
                        rules.values(AttributeEntity.CUSTOMER, List.of(AttributeInput.of("erp_number", null)), stored))
                .hasMessage("\"ERP number\" is a required value.");
    }

    @Test
    void anEmptyValueRemovesAnOptionalOne() {
        AttributeValues stored = customer(AttributeInput.of("erp_number", "AB123"), AttributeInput.of("notes", "x"));

        assertThat(rules.values(AttributeEntity.CUSTOMER, List.of(AttributeInput.of("notes", "")), stored)
                        .asMap())
                .containsOnlyKeys("erp_number");
    }

    @Test
    void aTextLongerThanItsColumnIsRefusedEvenWithoutRules() {
        assertThatThrownBy(() -> customer(
                        AttributeInput.of("erp_number", "AB123"), AttributeInput.of("notes", "n".repeat(65_536))))
                .hasMessage("\"Notes\" length must be equal or less than 65535 characters.");
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedBeforeAnyRule() {
        assertThatThrownBy(() -> rules.checkTypes(AttributeEntity.CUSTOMER, List.of(AttributeInput.of("b2b", "yes"))))
                .hasMessage("Error occurred during \"custom_attributes\" processing. Attribute \"b2b\" has invalid "
                        + "value. The \"yes\" value's type is invalid. The \"int\" type was expected. Verify and try "
                        + "again.");
        assertThatThrownBy(() ->
                        rules.checkTypes(AttributeEntity.CUSTOMER, List.of(AttributeInput.notScalar("erp_number"))))
                .hasMessageContaining("The \"array\" value's type is invalid. The \"string\" type was expected.");
        rules.checkTypes(AttributeEntity.CUSTOMER, List.of(AttributeInput.notScalar("undeclared")));
    }

    @Test
    void anUnreadableDateIsMagentosInvalidDate() {
        assertThatThrownBy(() ->
                        customer(AttributeInput.of("erp_number", "AB123"), AttributeInput.of("contract_start", "soon")))
                .hasMessage("Invalid date");
    }

    private AttributeValues customer(AttributeInput... sent) {
        return rules.values(AttributeEntity.CUSTOMER, List.of(sent), AttributeValues.NONE);
    }

    private static AttributeMetadata attribute(
            String code,
            String input,
            String label,
            boolean required,
            List<ValidationRule> validation,
            List<AttributeOption> options) {
        return AttributeMetadata.declared(code, input, label, required, validation, options, 100, Set.of());
    }
}
