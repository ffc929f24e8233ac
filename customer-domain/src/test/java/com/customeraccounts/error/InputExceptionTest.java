package com.customeraccounts.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class InputExceptionTest {

    private static final Phrase FIRSTNAME_REQUIRED =
            Phrase.of("\"%fieldName\" is required. Enter and try again.", Parameters.named("fieldName", "firstname"));
    private static final Phrase CITY_REQUIRED =
            Phrase.of("\"%fieldName\" is required. Enter and try again.", Parameters.named("fieldName", "city"));

    @Test
    void reportsASingleProblemAsItself() {
        InputException e = InputException.aggregate(List.of(FIRSTNAME_REQUIRED));

        assertThat(e.phrase()).isEqualTo(FIRSTNAME_REQUIRED);
        assertThat(e.getMessage()).isEqualTo("\"%fieldName\" is required. Enter and try again.");
        assertThat(e.errors()).isEmpty();
    }

    @Test
    void reportsSeveralProblemsAsMagentosAggregateListingEachOne() {
        InputException e = InputException.aggregate(List.of(FIRSTNAME_REQUIRED, CITY_REQUIRED));

        assertThat(e.phrase()).isEqualTo(Phrase.of("One or more input exceptions have occurred."));
        assertThat(e.getMessage()).isEqualTo("One or more input exceptions have occurred.");
        assertThat(e.errors()).containsExactly(FIRSTNAME_REQUIRED, CITY_REQUIRED);
    }

    @Test
    void refusesToAggregateNoProblemAtAll() {
        assertThatIllegalArgumentException().isThrownBy(() -> InputException.aggregate(List.of()));
    }

    @Test
    void joinsValidatorMessagesWithANewlineAndNoParameters() {
        InputException e = InputException.joined(
                List.of("\"First Name\" is a required value.", "\"Last Name\" is a required value."));

        assertThat(e.getMessage()).isEqualTo("\"First Name\" is a required value.\n\"Last Name\" is a required value.");
        assertThat(e.phrase().parameters()).isEqualTo(Parameters.NONE);
        assertThat(e.errors()).isEmpty();
    }

    @Test
    void reportsARepeatedValidatorMessageOnlyOnceKeepingTheFirstOrder() {
        InputException e = InputException.joined(List.of("B is not valid!", "A is not valid!", "B is not valid!"));

        assertThat(e.getMessage()).isEqualTo("B is not valid!\nA is not valid!");
    }

    @Test
    void reportsARequiredFieldWithItsNameAsANamedParameter() {
        InputException e = InputException.requiredField("customer");

        assertThat(e.phrase())
                .isEqualTo(Phrase.of(
                        "\"%fieldName\" is required. Enter and try again.", Parameters.named("fieldName", "customer")));
    }

    @Test
    void reportsAnInvalidFieldValueWithFieldNameAndValueAsNamedParameters() {
        InputException e = InputException.invalidFieldValue("countryId", "XX");

        assertThat(e.getMessage()).isEqualTo("Invalid value of \"%value\" provided for the %fieldName field.");
        assertThat(e.phrase().parameters()).isEqualTo(Parameters.named("fieldName", "countryId", "value", "XX"));
    }
}
