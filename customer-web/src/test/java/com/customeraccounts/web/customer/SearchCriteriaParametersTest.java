package com.customeraccounts.web.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.customeraccounts.customer.Filter;
import com.customeraccounts.customer.FilterGroup;
import com.customeraccounts.customer.SearchCriteria;
import com.customeraccounts.customer.SortOrder;
import com.customeraccounts.error.InputException;
import com.customeraccounts.error.Parameters;
import com.customeraccounts.error.Phrase;
import com.customeraccounts.web.error.WebapiException;
import com.customeraccounts.web.json.InputLimits;
import jakarta.json.Json;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchCriteriaParametersTest {

    private static final InputLimits MAGENTO = new InputLimits(true, 20, 300, 20);

    private static final String FILTER = "searchCriteria[filter_groups][%d][filters][%d][%s]";

    private static MultivaluedMap<String, String> query(String... keysAndValues) {
        MultivaluedMap<String, String> query = new MultivaluedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            query.add(keysAndValues[i], keysAndValues[i + 1]);
        }
        return query;
    }

    private static String filter(int group, int filter, String property) {
        return String.format(FILTER, group, filter, property);
    }

    @Test
    void readsMagentosMultipleFiltersWithSort() {
        SearchCriteria criteria = from(query(
                filter(0, 0, "field"),
                "email",
                filter(0, 0, "value"),
                "one@example.com",
                filter(0, 0, "condition_type"),
                "eq",
                filter(0, 1, "field"),
                "email",
                filter(0, 1, "value"),
                "two@example.com",
                filter(1, 0, "field"),
                "lastname",
                filter(1, 0, "value"),
                "Doe",
                "searchCriteria[sortOrders][0][field]",
                "email",
                "searchCriteria[sortOrders][0][direction]",
                "ASC",
                "searchCriteria[pageSize]",
                "10",
                "searchCriteria[currentPage]",
                "1"));

        assertThat(criteria)
                .isEqualTo(new SearchCriteria(
                        List.of(
                                FilterGroup.anyOf(
                                        Filter.eq("email", "one@example.com"), Filter.eq("email", "two@example.com")),
                                FilterGroup.anyOf(Filter.eq("lastname", "Doe"))),
                        List.of(new SortOrder("email", "ASC")),
                        10,
                        1));
    }

    @Test
    void acceptsCamelCaseAndSnakeCaseNamesAlike() {
        SearchCriteria criteria = from(query(
                "searchCriteria[filterGroups][0][filters][0][field]",
                "created_at",
                "searchCriteria[filterGroups][0][filters][0][value]",
                "2024-01-01",
                "searchCriteria[filterGroups][0][filters][0][conditionType]",
                "from",
                "searchCriteria[sort_orders][0][field]",
                "lastname",
                "searchCriteria[sort_orders][0][direction]",
                "desc",
                "searchCriteria[page_size]",
                "20",
                "searchCriteria[current_page]",
                "3"));

        assertThat(criteria)
                .isEqualTo(new SearchCriteria(
                        List.of(FilterGroup.anyOf(new Filter("created_at", "2024-01-01", "from"))),
                        List.of(new SortOrder("lastname", "DESC")),
                        20,
                        3));
    }

    @Test
    void acceptsTheSnakeCaseParameterName() {
        SearchCriteria criteria = from(query("search_criteria[pageSize]", "5"));

        assertThat(criteria).isEqualTo(new SearchCriteria(List.of(), List.of(), 5, null));
    }

    @Test
    void comparesWithEqWhenNoConditionTypeIsSent() {
        SearchCriteria criteria =
                from(query(filter(0, 0, "field"), "email", filter(0, 0, "value"), "jane@example.com"));

        assertThat(criteria.filterGroups().get(0).filters()).containsExactly(Filter.eq("email", "jane@example.com"));
    }

    @Test
    void requiresSearchCriteria() {
        assertThatThrownBy(() -> from(query()))
                .isInstanceOfSatisfying(
                        InputException.class,
                        e -> assertThat(e.phrase())
                                .isEqualTo(Phrase.of(
                                        "\"%fieldName\" is required. Enter and try again.",
                                        Parameters.named("fieldName", "searchCriteria"))));
        assertThatThrownBy(() -> from(query("fields", "items[id]", "searchCriteriaX", "1")))
                .isInstanceOf(InputException.class);
    }

    @Test
    void readsABareSearchCriteriaAsEveryCustomer() {
        assertThat(from(query("searchCriteria", ""))).isEqualTo(SearchCriteria.everything());
    }

    @Test
    void refusesAPageSizeThatIsNoNumberNamingTheKeyAsSent() {
        assertThatThrownBy(() -> from(query("searchCriteria[page_size]", "abc")))
                .isInstanceOfSatisfying(WebapiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage())
                            .isEqualTo("Error occurred during \"page_size\" processing. The \"abc\" "
                                    + "value's type is invalid. The \"int\" type was expected. Verify and try again.");
                });
        assertThatThrownBy(() -> from(query("searchCriteria[currentPage]", "first")))
                .isInstanceOf(WebapiException.class)
                .hasMessage("Error occurred during \"currentPage\" processing. The \"first\" value's type is invalid. "
                        + "The \"int\" type was expected. Verify and try again.");
    }

    @Test
    void refusesAnUnknownProperty() {
        assertThatThrownBy(() -> from(query("searchCriteria[limit]", "10")))
                .isInstanceOfSatisfying(
                        InputException.class,
                        e -> assertThat(e.phrase())
                                .isEqualTo(Phrase.of(
                                        "\"%fieldName\" is not supported. Correct the field name and try again.",
                                        Parameters.named("fieldName", "Limit"))));
    }

    @Test
    void refusesASortDirectionOtherThanAscOrDesc() {
        assertThatThrownBy(() -> from(query(
                        "searchCriteria[sortOrders][0][field]",
                        "email",
                        "searchCriteria[sortOrders][0][direction]",
                        "up")))
                .isInstanceOf(InputException.class)
                .hasMessage("The sort order has to be specified as %1 for ascending order or %2 for descending order.");
    }

    @Test
    void ordersListsByTheirIndexesWhateverTheirNumbers() {
        SearchCriteria criteria = from(query(
                "searchCriteria[sortOrders][10][field]", "created_at",
                "searchCriteria[sortOrders][2][field]", "lastname",
                "searchCriteria[sortOrders][2][direction]", "ASC"));

        assertThat(criteria.sortOrders())
                .containsExactly(new SortOrder("lastname", "ASC"), new SortOrder("created_at", null));
    }

    @Test
    void appendsForEmptyBracketsAsPhpDoes() {
        SearchCriteria criteria = from(query(
                "searchCriteria[filter_groups][0][filters][][field]", "email",
                "searchCriteria[sortOrders][][field]", "email"));

        assertThat(criteria.filterGroups().get(0).filters()).containsExactly(new Filter("email", null, null));
        assertThat(criteria.sortOrders()).containsExactly(new SortOrder("email", null));
    }

    @Test
    void takesTheLastValueOfARepeatedParameter() {
        MultivaluedMap<String, String> query = query("searchCriteria[pageSize]", "10");
        query.add("searchCriteria[pageSize]", "25");

        assertThat(from(query).pageSize()).isEqualTo(25);
    }

    @Test
    void ignoresOtherParameters() {
        SearchCriteria criteria =
                from(query("fields", "items[id,email],total_count", "searchCriteria[currentPage]", "2"));

        assertThat(criteria).isEqualTo(new SearchCriteria(List.of(), List.of(), null, 2));
    }

    @Test
    void echoesTheCriteriaInMagentosSearchCriteriaShape() {
        SearchCriteria criteria = new SearchCriteria(
                List.of(FilterGroup.anyOf(
                        Filter.eq("email", "one@example.com"), new Filter("email", "%@example.com", "like"))),
                List.of(new SortOrder("email", "ASC")),
                10,
                1);

        assertThat(SearchCriteriaParameters.echo(criteria))
                .isEqualTo(Json.createReader(new StringReader("""
                {"filter_groups":[{"filters":[
                    {"field":"email","value":"one@example.com","condition_type":"eq"},
                    {"field":"email","value":"%@example.com","condition_type":"like"}]}],
                 "sort_orders":[{"field":"email","direction":"ASC"}],
                 "page_size":10,"current_page":1}""")).readObject());
        assertThat(SearchCriteriaParameters.echo(criteria).keySet())
                .containsExactly("filter_groups", "sort_orders", "page_size", "current_page");
    }

    @Test
    void echoesOnlyTheFilterGroupsWhenNothingElseWasAsked() {
        assertThat(SearchCriteriaParameters.echo(SearchCriteria.everything()).toString())
                .isEqualTo("{\"filter_groups\":[]}");
    }

    @Test
    void leavesOutWhatAFilterOrOrderDoesNotHave() {
        SearchCriteria criteria = from(query(
                filter(0, 0, "field"),
                "dob",
                filter(0, 0, "condition_type"),
                "null",
                "searchCriteria[sortOrders][0][field]",
                "dob"));

        assertThat(SearchCriteriaParameters.echo(criteria).toString())
                .isEqualTo("{\"filter_groups\":[{\"filters\":"
                        + "[{\"field\":\"dob\",\"condition_type\":\"null\"}]}],\"sort_orders\":[{\"field\":\"dob\"}]}");
    }

    @Test
    void dropsAParameterNestedDeeperThanPhpAllows() {
        MultivaluedMap<String, String> query = query("searchCriteria[pageSize]", "7");
        query.add("searchCriteria" + "[a]".repeat(65), "1");
        assertThat(from(query).pageSize()).isEqualTo(7);
        assertThat(SearchCriteriaParameters.path("a" + "[b]".repeat(64)))
                .hasValueSatisfying(p -> assertThat(p).hasSize(65));
    }

    @Test
    void readsHostileParameterNamesInLinearTime() {
        MultivaluedMap<String, String> query = query("searchCriteria[pageSize]", "3");
        query.add("searchCriteria" + "[".repeat(200_000), "1");
        for (int i = 0; i < 20_000; i++) {
            // PHP drops what follows the brackets, so each of these names appends one more sort order
            query.add("searchCriteria[sortOrders][][field]" + i, "email");
        }
        // guards far above the real cost: bracket runs and [] appends were each quadratic before
        SearchCriteria criteria = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> from(query));
        assertThat(criteria.pageSize()).isEqualTo(3);
        assertThat(criteria.sortOrders()).hasSize(20_000);
    }

    @Test
    void givesASearchWithoutAPageSizeTheDefaultPageSize() {
        assertThat(SearchCriteriaParameters.from(query("searchCriteria", ""), MAGENTO)
                        .pageSize())
                .isEqualTo(20);
        assertThat(SearchCriteriaParameters.from(query("searchCriteria[pageSize]", "0"), MAGENTO)
                        .pageSize())
                .isEqualTo(20);
        assertThat(SearchCriteriaParameters.from(query("searchCriteria[pageSize]", "300"), MAGENTO)
                        .pageSize())
                .isEqualTo(300);
    }

    @Test
    void refusesAPageLargerThanTheMaximumPageSizeWithMagentosMessage() {
        assertThatThrownBy(() -> SearchCriteriaParameters.from(query("searchCriteria[pageSize]", "301"), MAGENTO))
                .isInstanceOfSatisfying(
                        InputException.class,
                        e -> assertThat(e.phrase())
                                .isEqualTo(Phrase.of(
                                        "Maximum SearchCriteria pageSize is %max", Parameters.named("max", 300))));
    }

    @Test
    void refusesMoreFilterGroupsThanTheComplexArrayLimit() {
        MultivaluedMap<String, String> query = new MultivaluedHashMap<>();
        for (int i = 0; i < 21; i++) {
            query.add("searchCriteria[filter_groups][" + i + "][filters][0][field]", "email");
        }

        assertThatThrownBy(() -> SearchCriteriaParameters.from(query, MAGENTO))
                .isInstanceOfSatisfying(
                        InputException.class,
                        e -> assertThat(e.phrase())
                                .isEqualTo(Phrase.of(
                                        "Maximum items of type \"%type\" is %max",
                                        Parameters.named(
                                                "type", "\\Magento\\Framework\\Api\\Search\\FilterGroup", "max", 20))));
    }

    /** The criteria as asked, with the input limits switched off. */
    private static SearchCriteria from(MultivaluedMap<String, String> query) {
        return SearchCriteriaParameters.from(query, new InputLimits(false, 20, 300, 20));
    }
}
