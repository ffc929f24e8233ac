package com.customeraccounts.web.customer;

import static com.customeraccounts.web.wire.Jsons.JSON;

import com.customeraccounts.customer.Filter;
import com.customeraccounts.customer.FilterGroup;
import com.customeraccounts.customer.SearchCriteria;
import com.customeraccounts.customer.SortOrder;
import com.customeraccounts.error.InputException;
import com.customeraccounts.web.json.BoundObject;
import com.customeraccounts.web.json.Field;
import com.customeraccounts.web.json.InputBinder;
import com.customeraccounts.web.json.InputLimits;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Magento's {@code searchCriteria} in a query string, and its echo in a search result.
 *
 * <p>The parameters use PHP's bracket syntax
 * ({@code searchCriteria[filter_groups][0][filters][0][field]=email}). They are read into a tree the way
 * PHP reads them (the last value of a repeated key wins, {@code []} appends) and then bound like any
 * Magento input, straight into {@link SearchCriteria}: {@code filter_groups} or {@code filterGroups}, {@code condition_type} or
 * {@code conditionType}, {@code page_size} or {@code pageSize} all name the same property, an unknown
 * property is refused, and a page number that is not one is a type error naming the key as sent. List
 * indexes order the lists; their numbers need not be contiguous.
 */
public final class SearchCriteriaParameters {

    private static final String CAMEL = "searchCriteria";
    private static final String SNAKE = "search_criteria";
    /** PHP's {@code max_input_nesting_level}. */
    private static final int MAX_NESTING_LEVEL = 64;

    private static final Map<String, Field> CRITERIA = Field.schema(
            Field.objectList(
                    "filter_groups",
                    "\\Magento\\Framework\\Api\\Search\\FilterGroup",
                    Field.objectList(
                            "filters",
                            "\\Magento\\Framework\\Api\\Filter",
                            Field.of("field", Field.Kind.STRING),
                            Field.of("value", Field.Kind.STRING),
                            Field.of("condition_type", Field.Kind.STRING))),
            Field.objectList(
                    "sort_orders",
                    "\\Magento\\Framework\\Api\\SortOrder",
                    Field.of("field", Field.Kind.STRING),
                    Field.of("direction", Field.Kind.STRING)),
            Field.of("page_size", Field.Kind.INT),
            Field.of("current_page", Field.Kind.INT));

    private SearchCriteriaParameters() {}

    /**
     * The search criteria in the query parameters, with the page size the input limits give them.
     *
     * @throws InputException                                    when there is no {@code searchCriteria} (or
     *                                                           {@code search_criteria}) parameter at all, a
     *                                                           property is unknown, a sort order is not
     *                                                           valid, or the input limits are exceeded
     * @throws com.customeraccounts.web.error.WebapiException when a page size or number is no number
     */
    public static SearchCriteria from(MultivaluedMap<String, String> query, InputLimits limits) {
        String root = root(query, CAMEL) ? CAMEL : root(query, SNAKE) ? SNAKE : null;
        if (root == null) {
            throw InputException.requiredField(CAMEL);
        }
        PhpArray tree = new PhpArray();
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            List<String> values = parameter.getValue();
            if (values != null && !values.isEmpty()) {
                path(parameter.getKey()).ifPresent(path -> tree.put(path, values.get(values.size() - 1)));
            }
        }
        BoundObject asked = InputBinder.bind(tree.json(root), CRITERIA, limits);
        List<FilterGroup> groups = objects(asked, "filter_groups").stream()
                .map(group -> new FilterGroup(objects(group, "filters").stream()
                        .map(f -> new Filter(f.string("field"), f.string("value"), f.string("condition_type")))
                        .toList()))
                .toList();
        List<SortOrder> orders = objects(asked, "sort_orders").stream()
                .map(o -> new SortOrder(o.string("field"), o.string("direction")))
                .toList();
        return new SearchCriteria(
                groups, orders, limits.pageSize(asked.integer("page_size")), asked.integer("current_page"));
    }

    private static List<BoundObject> objects(BoundObject object, String name) {
        return object.objects(name).orElse(List.of());
    }

    /**
     * The {@code search_criteria} of a search result: the criteria as asked, with {@code sort_orders},
     * {@code page_size} and {@code current_page} only when given, as Magento leaves out what is not set.
     */
    public static JsonObject echo(SearchCriteria criteria) {
        JsonArrayBuilder groups = JSON.createArrayBuilder();
        for (FilterGroup group : criteria.filterGroups()) {
            JsonArrayBuilder filters = JSON.createArrayBuilder();
            for (Filter filter : group.filters()) {
                JsonObjectBuilder f = JSON.createObjectBuilder();
                addIfSet(f, "field", filter.field());
                addIfSet(f, "value", filter.value());
                addIfSet(f, "condition_type", filter.conditionType());
                filters.add(f);
            }
            groups.add(JSON.createObjectBuilder().add("filters", filters));
        }
        JsonObjectBuilder echo = JSON.createObjectBuilder().add("filter_groups", groups);
        if (!criteria.sortOrders().isEmpty()) {
            JsonArrayBuilder orders = JSON.createArrayBuilder();
            for (SortOrder order : criteria.sortOrders()) {
                JsonObjectBuilder o = JSON.createObjectBuilder();
                addIfSet(o, "field", order.field());
                addIfSet(o, "direction", order.direction());
                orders.add(o);
            }
            echo.add("sort_orders", orders);
        }
        if (criteria.pageSize() != null) {
            echo.add("page_size", criteria.pageSize());
        }
        if (criteria.currentPage() != null) {
            echo.add("current_page", criteria.currentPage());
        }
        return echo.build();
    }

    private static void addIfSet(JsonObjectBuilder object, String key, String value) {
        if (value != null) {
            object.add(key, value);
        }
    }

    private static boolean root(MultivaluedMap<String, String> query, String name) {
        return query.keySet().stream().anyMatch(key -> key.equals(name) || key.startsWith(name + "["));
    }

    /**
     * PHP's reading of a parameter name: {@code a[b][0]} is {@code a → b → 0}; text after the brackets is
     * dropped. A name nested deeper than PHP's {@code max_input_nesting_level} is dropped whole, as PHP
     * drops it; that also bounds the depth of the tree.
     */
    static Optional<List<String>> path(String key) {
        int bracket = key.indexOf('[');
        List<String> path = new ArrayList<>();
        path.add(bracket < 0 ? key : key.substring(0, bracket));
        int at = bracket;
        while (at >= 0 && at < key.length() && key.charAt(at) == '[') {
            int close = key.indexOf(']', at + 1);
            if (close < 0) {
                break;
            }
            if (path.size() > MAX_NESTING_LEVEL) {
                return Optional.empty();
            }
            path.add(key.substring(at + 1, close));
            at = close + 1;
        }
        return Optional.of(path);
    }
}
