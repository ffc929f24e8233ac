package com.customeraccounts.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.customeraccounts.error.InputException;
import com.customeraccounts.error.Parameters;
import com.customeraccounts.error.Phrase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SortOrderTest {

    @Test
    void keepsTheDirectionInUpperCase() {
        assertThat(new SortOrder("email", "asc").direction()).isEqualTo("ASC");
        assertThat(new SortOrder("email", "Desc").direction()).isEqualTo("DESC");
        assertThat(new SortOrder("email", "asc").ascending()).isTrue();
    }

    @Test
    void sortsDescendingWithoutADirectionAsMagentosSortingProcessorDoes() {
        SortOrder order = new SortOrder("email", null);

        assertThat(order.direction()).isNull();
        assertThat(order.ascending()).isFalse();
    }

    @Test
    void refusesADirectionOtherThanAscOrDesc() {
        assertThatThrownBy(() -> new SortOrder("email", "up"))
                .isInstanceOfSatisfying(
                        InputException.class,
                        e -> assertThat(e.phrase())
                                .isEqualTo(Phrase.of(
                                        "The sort order has to be specified as %1 for ascending order or %2 for descending order.",
                                        Parameters.positional("ASC", "DESC"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"email;drop", "e.email", "email desc", "lower(email)"})
    void refusesAFieldWithRestrictedSymbols(String field) {
        assertThatThrownBy(() -> new SortOrder(field, "ASC"))
                .isInstanceOfSatisfying(
                        InputException.class,
                        e -> assertThat(e.phrase())
                                .isEqualTo(Phrase.of(
                                        "Sort order field %1 contains restricted symbols",
                                        Parameters.positional(field))));
    }

    @Test
    void acceptsLettersDigitsAndUnderscores() {
        assertThat(new SortOrder("Created_At2", "ASC").field()).isEqualTo("Created_At2");
    }
}
