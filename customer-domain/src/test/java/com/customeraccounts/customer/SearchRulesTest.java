package com.customeraccounts.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.customeraccounts.customer.SearchRules.Condition;
import com.customeraccounts.customer.SearchRules.Order;
import com.customeraccounts.customer.SearchRules.Query;
import com.customeraccounts.customer.SearchRules.Term;
import com.customeraccounts.error.InputException;
import com.customeraccounts.error.Parameters;
import com.customeraccounts.error.Phrase;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SearchRulesTest {

    private static Query<CustomerSearchField> check(Filter... filters) {
        return CustomerSearchField.RULES.check(
                new SearchCriteria(List.of(FilterGroup.anyOf(filters)), List.of(), null, null));
    }

    private static Term<CustomerSearchField> only(Filter filter) {
        return check(filter).filterGroups().get(0).get(0);
    }

    private static Phrase refusal(SearchCriteria criteria) {
        try {
            CustomerSearchField.RULES.check(criteria);
        } catch (InputException e) {
            return e.phrase();
        }
        throw new AssertionError("the criteria were accepted");
    }

    private static Phrase refusal(Filter filter) {
        return refusal(new SearchCriteria(List.of(FilterGroup.anyOf(filter)), List.of(), null, null));
    }

    @Test
    void keepsGroupsAndTheirFiltersInOrderAndLeavesEmptyGroupsOut() {
        SearchCriteria criteria = new SearchCriteria(
                List.of(
                        FilterGroup.anyOf(Filter.eq("email", "a@example.com"), Filter.eq("email", "b@example.com")),
                        new FilterGroup(List.of()),
                        FilterGroup.anyOf(Filter.eq("lastname", "Doe"))),
                List.of(),
                null,
                null);

        Query<CustomerSearchField> query = CustomerSearchField.RULES.check(criteria);

        assertThat(query.filterGroups())
                .containsExactly(
                        List.of(
                                new Term<>(CustomerSearchField.EMAIL, Condition.EQ, List.of("a@example.com")),
                                new Term<>(CustomerSearchField.EMAIL, Condition.EQ, List.of("b@example.com"))),
                        List.of(new Term<>(CustomerSearchField.LASTNAME, Condition.EQ, List.of("Doe"))));
    }

    @Test
    void comparesWithEqWhenNoConditionTypeIsGiven() {
        assertThat(new Filter("email", "a@example.com", null).conditionType()).isEqualTo("eq");
        assertThat(new Filter("email", "a@example.com", "").conditionType()).isEqualTo("eq");
        assertThat(only(new Filter("email", "a@example.com", null)).condition()).isEqualTo(Condition.EQ);
    }

    @ParameterizedTest
    @CsvSource({
        "eq,EQ",
        "neq,NEQ",
        "like,LIKE",
        "nlike,NLIKE",
        "gt,GT",
        "gteq,GTEQ",
        "lt,LT",
        "lteq,LTEQ",
        "from,GTEQ",
        "to,LTEQ",
        "moreq,GTEQ",
        "null,NULL",
        "notnull,NOTNULL",
        "finset,FINSET",
        "nfinset,NFINSET",
        "seq,EQ",
        "sneq,NEQ"
    })
    void resolvesMagentosConditionTypes(String type, Condition expected) {
        assertThat(only(new Filter("lastname", "Doe", type)).condition()).isEqualTo(expected);
    }

    @Test
    void treatsAStringComparisonWithAnEmptyValueAsANullCheckAsMagentoDoes() {
        assertThat(only(new Filter("middlename", "", "seq")))
                .isEqualTo(new Term<>(CustomerSearchField.MIDDLENAME, Condition.NULL, List.of()));
        assertThat(only(new Filter("middlename", "", "sneq")))
                .isEqualTo(new Term<>(CustomerSearchField.MIDDLENAME, Condition.NOTNULL, List.of()));
    }

    @Test
    void searchesFulltextAsALikeOnEitherSide() {
        assertThat(only(new Filter("lastname", "mit", "fulltext")))
                .isEqualTo(new Term<>(CustomerSearchField.LASTNAME, Condition.LIKE, List.of("%mit%")));
    }

    @Test
    void refusesAnUnknownConditionTypeNamingConditionType() {
        assertThat(refusal(new Filter("email", "a@example.com", "regexp")))
                .isEqualTo(Phrase.of(
                        InputException.INVALID_FIELD_VALUE,
                        Parameters.named("fieldName", "condition_type", "value", "regexp")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"password_hash", "rp_token", "confirmation", "Email", "billing_postcode"})
    void refusesAFieldThatCannotBeSearchedWithMagentosMessage(String field) {
        assertThat(refusal(Filter.eq(field, "x")))
                .isEqualTo(Phrase.of("Invalid attribute name: %1", Parameters.positional(field)));
    }

    @Test
    void refusesAFilterWithoutAField() {
        assertThat(refusal(Filter.eq(null, "x")))
                .isEqualTo(Phrase.of("Invalid attribute name: %1", Parameters.positional("")));
    }

    @Test
    void refusesSortingByAFieldThatCannotBeSearched() {
        SearchCriteria criteria =
                new SearchCriteria(List.of(), List.of(new SortOrder("password_hash", "ASC")), null, null);

        assertThat(refusal(criteria))
                .isEqualTo(Phrase.of("Invalid attribute name: %1", Parameters.positional("password_hash")));
    }

    @Test
    void readsNumericFieldsAsWholeNumbers() {
        assertThat(only(Filter.eq("website_id", " 1 ")).value()).isEqualTo(1L);
        assertThat(only(Filter.eq("entity_id", "-7")).value()).isEqualTo(-7L);
        assertThat(only(new Filter("group_id", "1,2, 3", "in")).values()).containsExactly(1L, 2L, 3L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1.5", "", "1e3", "99999999999999999999"})
    void refusesANumericFieldValueThatIsNoWholeNumber(String value) {
        assertThat(refusal(Filter.eq("group_id", value)))
                .isEqualTo(Phrase.of(
                        InputException.INVALID_FIELD_VALUE, Parameters.named("fieldName", "group_id", "value", value)));
    }

    @Test
    void refusesAListWithOneValueThatDoesNotFit() {
        assertThat(refusal(new Filter("entity_id", "1,x", "in")))
                .isEqualTo(Phrase.of(
                        InputException.INVALID_FIELD_VALUE, Parameters.named("fieldName", "entity_id", "value", "x")));
    }

    @Test
    void readsTimestampsWithOrWithoutTheTime() {
        assertThat(only(new Filter("created_at", "2024-03-01 10:20:30", "gt")).value())
                .isEqualTo(LocalDateTime.of(2024, 3, 1, 10, 20, 30));
        assertThat(only(new Filter("updated_at", "2024-03-01", "from")).value())
                .isEqualTo(LocalDateTime.of(2024, 3, 1, 0, 0));
        assertThat(only(new Filter("created_at", "2024-03-01T10:20", "lt")).value())
                .isEqualTo(LocalDateTime.of(2024, 3, 1, 10, 20));
        assertThat(only(Filter.eq("dob", "1990-12-31")).value()).isEqualTo(LocalDate.of(1990, 12, 31));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2024-02-30", "2024-3-1", "01/03/2024", "2024-03-01 25:00:00"})
    void refusesATimestampThatIsNoDate(String value) {
        assertThat(refusal(Filter.eq("created_at", value)))
                .isEqualTo(Phrase.of(
                        InputException.INVALID_FIELD_VALUE,
                        Parameters.named("fieldName", "created_at", "value", value)));
    }

    @Test
    void keepsLikePatternsAsTextWhateverTheField() {
        assertThat(only(new Filter("created_at", "2024-03%", "like")))
                .isEqualTo(new Term<>(CustomerSearchField.CREATED_AT, Condition.LIKE, List.of("2024-03%")));
        assertThat(only(new Filter("email", "%@example.com", "nlike")))
                .isEqualTo(new Term<>(CustomerSearchField.EMAIL, Condition.NLIKE, List.of("%@example.com")));
    }

    @Test
    void splitsInListsAtCommasWithoutTrimmingText() {
        assertThat(only(new Filter("lastname", "Doe, Roe,", "nin")).values()).containsExactly("Doe", " Roe", "");
    }

    @Test
    void findsInASetOnlyInTextAndComparesOtherFieldsForEquality() {
        assertThat(only(new Filter("taxvat", "DE1", "finset")).condition()).isEqualTo(Condition.FINSET);
        assertThat(only(new Filter("website_id", "1", "finset")))
                .isEqualTo(new Term<>(CustomerSearchField.WEBSITE_ID, Condition.EQ, List.of(1L)));
        assertThat(only(new Filter("website_id", "1", "nfinset")).condition()).isEqualTo(Condition.NEQ);
    }

    @Test
    void needsNoValueToCheckForNull() {
        assertThat(only(new Filter("dob", null, "null")))
                .isEqualTo(new Term<>(CustomerSearchField.DOB, Condition.NULL, List.of()));
        assertThat(only(new Filter("gender", "whatever", "notnull")))
                .isEqualTo(new Term<>(CustomerSearchField.GENDER, Condition.NOTNULL, List.of()));
    }

    @Test
    void knowsIdAsASynonymOfEntityId() {
        assertThat(CustomerSearchField.of("id")).contains(CustomerSearchField.ID);
        assertThat(CustomerSearchField.of("entity_id")).contains(CustomerSearchField.ENTITY_ID);
        assertThat(CustomerSearchField.ID.kind()).isEqualTo(SearchRules.Kind.NUMBER);
    }

    @Test
    void sortsInTheGivenOrderAndPassesOverOrdersWithoutAField() {
        SearchCriteria criteria = new SearchCriteria(
                List.of(),
                List.of(
                        new SortOrder("lastname", "asc"),
                        new SortOrder(null, "ASC"),
                        new SortOrder("created_at", "DESC"),
                        new SortOrder("email", null)),
                null,
                null);

        assertThat(CustomerSearchField.RULES.check(criteria).sortOrders())
                .containsExactly(
                        new Order<>(CustomerSearchField.LASTNAME, true),
                        new Order<>(CustomerSearchField.CREATED_AT, false),
                        new Order<>(CustomerSearchField.EMAIL, false));
    }

    @Test
    void pagesLikeMagentosCollections() {
        assertThat(CustomerSearchField.RULES.check(new SearchCriteria(null, null, 10, 3)))
                .extracting(Query::pageSize, Query::currentPage)
                .containsExactly(10, 3);
        assertThat(CustomerSearchField.RULES.check(new SearchCriteria(null, null, null, null)))
                .extracting(Query::pageSize, Query::currentPage)
                .containsExactly(null, 1);
        assertThat(CustomerSearchField.RULES.check(new SearchCriteria(null, null, 0, 0)))
                .extracting(Query::pageSize, Query::currentPage)
                .containsExactly(null, 1);
    }

    @Test
    void refusesANegativePageSizeOrPage() {
        assertThat(refusal(new SearchCriteria(null, null, -1, 1)))
                .isEqualTo(Phrase.of(
                        InputException.INVALID_FIELD_VALUE, Parameters.named("fieldName", "pageSize", "value", -1)));
        assertThat(refusal(new SearchCriteria(null, null, 10, -2)))
                .isEqualTo(Phrase.of(
                        InputException.INVALID_FIELD_VALUE, Parameters.named("fieldName", "currentPage", "value", -2)));
    }

    @Test
    void acceptsNoCriteriaAtAll() {
        Query<CustomerSearchField> query = CustomerSearchField.RULES.check(SearchCriteria.everything());

        assertThat(query.filterGroups()).isEmpty();
        assertThat(query.sortOrders()).isEmpty();
    }
}
