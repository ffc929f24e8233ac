package com.customeraccounts.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.customeraccounts.error.InputException;
import com.customeraccounts.error.Parameters;
import com.customeraccounts.error.Phrase;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroupSearchTest {

    private static final List<CustomerGroup> GROUPS = List.of(
            new CustomerGroup(new GroupId(0), "NOT LOGGED IN", 3),
            new CustomerGroup(new GroupId(1), "General", 3),
            new CustomerGroup(new GroupId(2), "Wholesale", 3),
            new CustomerGroup(new GroupId(3), "Retailer", 5));

    private static List<String> codes(SearchCriteria criteria) {
        return GroupSearch.search(GROUPS, criteria).items().stream()
                .map(CustomerGroup::code)
                .toList();
    }

    private static SearchCriteria where(Filter... filters) {
        return new SearchCriteria(List.of(FilterGroup.anyOf(filters)), List.of(), null, null);
    }

    @Test
    void matchesTextIgnoringCaseAndLikePatterns() {
        assertThat(codes(where(new Filter("code", "whole%", "like")))).containsExactly("Wholesale");
        assertThat(codes(where(Filter.eq("customer_group_code", "general")))).containsExactly("General");
    }

    @Test
    void readsNumbersForNumericFields() {
        assertThat(codes(where(new Filter("id", "02", "eq")))).containsExactly("Wholesale");
        assertThat(codes(where(new Filter("tax_class_id", "3", "gt")))).containsExactly("Retailer");
        assertThat(codes(where(new Filter("customer_group_id", "1,3", "in")))).containsExactly("General", "Retailer");
        assertThatThrownBy(() -> codes(where(Filter.eq("id", "two")))).isInstanceOf(InputException.class);
    }

    @Test
    void refusesFieldsAGroupDoesNotHave() {
        assertThatThrownBy(() -> codes(where(Filter.eq("email", "a@example.com"))))
                .isInstanceOfSatisfying(
                        InputException.class,
                        e -> assertThat(e.phrase())
                                .isEqualTo(Phrase.of(SearchRules.INVALID_ATTRIBUTE, Parameters.positional("email"))));
    }

    @Test
    void sortsThenBreaksTiesByIdAndPagesLikeTheCustomerSearch() {
        SearchCriteria byTaxClass = new SearchCriteria(List.of(), List.of(new SortOrder("tax_class_id", "DESC")), 2, 1);
        assertThat(codes(byTaxClass)).containsExactly("Retailer", "NOT LOGGED IN");
        GroupSearch.Page pastTheEnd =
                GroupSearch.search(GROUPS, new SearchCriteria(List.of(), List.of(new SortOrder("code", "ASC")), 3, 9));
        assertThat(pastTheEnd.items()).extracting(CustomerGroup::code).containsExactly("Wholesale");
        assertThat(pastTheEnd.totalCount()).isEqualTo(4);
    }
}
