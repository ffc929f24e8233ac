package com.customeraccounts.web.json;

import static com.customeraccounts.web.json.Field.Kind.BOOL;
import static com.customeraccounts.web.json.Field.Kind.INT;
import static com.customeraccounts.web.json.Field.Kind.STRING;
import static com.customeraccounts.web.json.Field.Kind.STRING_LIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.customeraccounts.error.InputException;
import com.customeraccounts.error.Parameters;
import com.customeraccounts.error.Phrase;
import com.customeraccounts.web.error.WebapiException;
import jakarta.json.Json;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InputBinderTest {

    private static final InputLimits LIMITS = new InputLimits(true, 2, 300, 20);

    private static final Map<String, Field> SCHEMA = Field.schema(
            Field.of("group_id", INT),
            Field.of("email", STRING),
            Field.of("is_subscribed", BOOL),
            Field.of("street", STRING_LIST),
            Field.object("region", Field.of("region_code", STRING)),
            Field.objectList(
                    "addresses", "\\Magento\\Customer\\Api\\Data\\AddressInterface", Field.of("city", STRING)));

    private static BoundObject bind(String json) {
        return InputBinder.bind(Json.createReader(new StringReader(json)).readValue(), SCHEMA, LIMITS);
    }

    @Test
    void matchesSnakeAndCamelCaseKeysToTheSameProperty() {
        assertThat(bind("{\"groupId\": 4}").integer("group_id")).isEqualTo(4);
        assertThat(bind("{\"group_id\": 4}").integer("group_id")).isEqualTo(4);
    }

    @Test
    void refusesTheFirstUnknownKeyInTheOrderSent() {
        assertThatThrownBy(() -> bind("{\"email\": \"a@example.com\", \"group\": 1, \"nick_name\": \"x\"}"))
                .isInstanceOfSatisfying(
                        InputException.class,
                        e -> assertThat(e.phrase())
                                .isEqualTo(
                                        Phrase.of(InputBinder.NOT_SUPPORTED, Parameters.named("fieldName", "Group"))));
    }

    @Test
    void convertsAsMagentoDoes() {
        BoundObject bound = bind("{\"group_id\": \" 12.9 \", \"email\": 42, \"is_subscribed\": \"Yes\", "
                + "\"street\": \"Main Street 1\"}");

        assertThat(bound.integer("group_id")).isEqualTo(12);
        assertThat(bound.string("email")).isEqualTo("42");
        assertThat(bound.bool("is_subscribed")).isTrue();
        assertThat(bound.strings("street")).containsExactly("Main Street 1");
        assertThat(bind("{\"email\": true, \"is_subscribed\": 2}").string("email"))
                .isEqualTo("1");
        assertThat(bind("{\"is_subscribed\": \"off\"}").bool("is_subscribed")).isFalse();
    }

    @Test
    void clampsIntsBeyondTheIntRangeButKeepsTheNumberAsSent() {
        BoundObject bound = bind("{\"group_id\": 99999999999}");

        assertThat(bound.integer("group_id")).isEqualTo(Integer.MAX_VALUE);
        assertThat(bound.number("group_id")).isEqualTo(99_999_999_999L);
    }

    @Test
    void readsNullAsAbsentAndANonObjectAsAnEmptyObject() {
        BoundObject bound = bind("{\"email\": null, \"region\": \"CA\", \"addresses\": null}");

        assertThat(bound.string("email")).isNull();
        assertThat(bound.object("region"))
                .hasValueSatisfying(r -> assertThat(r.string("region_code")).isNull());
        assertThat(bound.objects("addresses")).isEmpty();
        assertThat(bind("[1, 2]").string("email")).isNull();
    }

    @Test
    void namesTheKeyAsSentInATypeError() {
        assertThatThrownBy(() -> bind("{\"groupId\": \"four\"}"))
                .isInstanceOf(WebapiException.class)
                .hasMessage("Error occurred during \"groupId\" processing. The \"four\" value's type is invalid. "
                        + "The \"int\" type was expected. Verify and try again.");
    }

    @Test
    void refusesAScriptElementOrANulCharacter() {
        for (String value : List.of("<script>alert(1)</script>", "a\\u0000b")) {
            assertThatThrownBy(() -> bind("{\"email\": \"" + value + "\"}"))
                    .isInstanceOfSatisfying(
                            InputException.class,
                            e -> assertThat(e.phrase())
                                    .isEqualTo(Phrase.of(
                                            InputBinder.NOT_VALID_VALUE, Parameters.named("field_name", "email"))));
        }
    }

    @Test
    void bindsListsOfObjectsUpToTheInputLimit() {
        assertThat(bind("{\"addresses\": [{\"city\": \"Berlin\"}, {}]}")
                        .objects("addresses")
                        .orElseThrow())
                .extracting(a -> a.string("city"))
                .containsExactly("Berlin", null);
        assertThatThrownBy(() -> bind("{\"addresses\": [{}, {}, {}]}"))
                .isInstanceOfSatisfying(
                        InputException.class,
                        e -> assertThat(e.phrase())
                                .isEqualTo(Phrase.of(
                                        InputLimits.TOO_MANY_ITEMS,
                                        Parameters.named(
                                                "type",
                                                "\\Magento\\Customer\\Api\\Data\\AddressInterface",
                                                "max",
                                                2))));
    }

    @Test
    void refusesAGetterThatDoesNotMatchTheSchema() {
        BoundObject bound = bind("{}");

        assertThatThrownBy(() -> bound.string("group_id")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> bound.string("nickname")).isInstanceOf(IllegalArgumentException.class);
    }
}
