package com.customeraccounts.persistence.customer;

import com.customeraccounts.attribute.AttributeEntity;
import com.customeraccounts.attribute.DeclaredAttributes;
import com.customeraccounts.customer.CustomAttributeField;
import com.customeraccounts.customer.CustomerPage;
import com.customeraccounts.customer.CustomerSearch;
import com.customeraccounts.customer.CustomerSearchField;
import com.customeraccounts.customer.EmailAddress;
import com.customeraccounts.customer.SearchCriteria;
import com.customeraccounts.customer.SearchRules;
import com.customeraccounts.customer.SearchRules.Kind;
import com.customeraccounts.customer.SearchRules.Order;
import com.customeraccounts.customer.SearchRules.Query;
import com.customeraccounts.customer.SearchRules.SearchField;
import com.customeraccounts.customer.SearchRules.Term;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Customer search over {@code customer_entity} with the Criteria API, in steps so that a page costs five
 * statements whatever its size: the count, the page of ids, then those customers with their addresses, their
 * declared values and their addresses' (three more per thousand customers when no page size is given). A filter
 * or an order on a declared attribute joins its value row ({@link DeclaredValues}).
 *
 * <p>Text compares case-insensitively, as Magento's tables do under MySQL's default collation: the email
 * through its lower-case key (so equality uses the key's index), other text through {@code LOWER} on both
 * sides. Sorting puts NULLs first when ascending, as MySQL does, and always ends with the id so that pages
 * never overlap.
 */
@ApplicationScoped
public class JpaCustomerSearch implements CustomerSearch {

    private static final char LIKE_ESCAPE = '\\';

    @PersistenceContext(unitName = "customers")
    EntityManager em;

    @Inject
    DeclaredAttributes declared;

    private SearchRules<SearchField> rules;

    @PostConstruct
    void declaredFields() {
        rules = CustomerSearchField.rulesWith(declared.of(AttributeEntity.CUSTOMER).stream()
                .map(a -> new CustomAttributeField(
                        a.attributeCode(), a.frontendInput().equals("date") ? Kind.DATE : Kind.TEXT))
                .toList());
    }

    @Override
    public CustomerPage search(SearchCriteria criteria) {
        Query<SearchField> query = rules.check(criteria);
        CriteriaBuilder cb = em.getCriteriaBuilder();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<CustomerEntity> counted = count.from(CustomerEntity.class);
        count.select(cb.count(counted)).where(where(cb, new Target(cb, counted), query));
        long total = em.createQuery(count).getSingleResult();
        if (total == 0) {
            return new CustomerPage(List.of(), 0);
        }

        CriteriaQuery<Long> page = cb.createQuery(Long.class);
        Root<CustomerEntity> c = page.from(CustomerEntity.class);
        Target target = new Target(cb, c);
        page.select(c.get("id")).where(where(cb, target, query)).orderBy(orderBy(cb, target, query.sortOrders()));
        TypedQuery<Long> ids = em.createQuery(page);
        if (query.pageSize() != null) {
            int size = query.pageSize();
            // past the last page Magento's collections answer with the last one (magento/magento2#3787)
            long lastPage = Math.max(1, (total + size - 1) / size);
            long offset = (Math.min(query.currentPage(), lastPage) - 1) * size;
            ids.setFirstResult((int) Math.min(offset, Integer.MAX_VALUE)).setMaxResults(size);
        }
        return new CustomerPage(CustomerLoader.load(em, ids.getResultList()), total);
    }

    private static Predicate[] where(CriteriaBuilder cb, Target target, Query<SearchField> query) {
        List<Predicate> groups = new ArrayList<>();
        for (List<Term<SearchField>> group : query.filterGroups()) {
            groups.add(cb.or(
                    group.stream().map(term -> predicate(cb, target, term)).toArray(Predicate[]::new)));
        }
        return groups.toArray(Predicate[]::new);
    }

    private static Predicate predicate(CriteriaBuilder cb, Target target, Term<SearchField> term) {
        if (term.field() instanceof CustomerSearchField field) {
            return predicate(cb, target.root(), new Term<>(field, term.condition(), term.values()));
        }
        return DeclaredValues.predicate(cb, target.value(term.field().code()), term);
    }

    private static List<jakarta.persistence.criteria.Order> orderBy(
            CriteriaBuilder cb, Target target, List<Order<SearchField>> orders) {
        Root<CustomerEntity> c = target.root();
        List<jakarta.persistence.criteria.Order> orderBy = new ArrayList<>();
        boolean byId = false;
        for (Order<SearchField> sent : orders) {
            if (!(sent.field() instanceof CustomerSearchField field)) {
                orderBy.addAll(
                        DeclaredValues.orderBy(cb, target.value(sent.field().code()), sent.ascending()));
                continue;
            }
            Order<CustomerSearchField> order = new Order<>(field, sent.ascending());
            Column column = Column.of(order.field());
            if (column.nullable) {
                Expression<Integer> isNull = cb.<Integer>selectCase()
                        .when(c.get(column.attribute).isNull(), 0)
                        .otherwise(1);
                orderBy.add(order.ascending() ? cb.asc(isNull) : cb.desc(isNull));
            }
            Expression<?> sorted = sortable(cb, c, order.field());
            orderBy.add(order.ascending() ? cb.asc(sorted) : cb.desc(sorted));
            byId |= column.attribute.equals("id");
        }
        if (!byId) {
            orderBy.add(cb.asc(c.get("id")));
        }
        return orderBy;
    }

    private static Expression<?> sortable(CriteriaBuilder cb, Root<CustomerEntity> c, CustomerSearchField field) {
        Column column = Column.of(field);
        if (field.kind() == Kind.TEXT && field != CustomerSearchField.EMAIL) {
            return cb.lower(c.get(column.attribute));
        }
        return c.get(column.attribute);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Predicate predicate(CriteriaBuilder cb, Root<CustomerEntity> c, Term<CustomerSearchField> term) {
        CustomerSearchField field = term.field();
        Column column = Column.of(field);
        if (term.condition() == SearchRules.Condition.NULL) {
            return c.get(column.attribute).isNull();
        }
        if (term.condition() == SearchRules.Condition.NOTNULL) {
            return c.get(column.attribute).isNotNull();
        }
        Values values = new Values(cb, field);
        Expression path = field == CustomerSearchField.EMAIL || field.kind() != Kind.TEXT
                ? c.get(column.attribute)
                : cb.lower(c.get(column.attribute));
        return switch (term.condition()) {
            case EQ -> cb.equal(path, values.of(term.value()));
            case NEQ -> cb.notEqual(path, values.of(term.value()));
            case GT -> cb.greaterThan(path, values.of(term.value()));
            case GTEQ -> cb.greaterThanOrEqualTo(path, values.of(term.value()));
            case LT -> cb.lessThan(path, values.of(term.value()));
            case LTEQ -> cb.lessThanOrEqualTo(path, values.of(term.value()));
            case IN -> in(cb, path, values, term.values());
            case NIN -> cb.not(in(cb, path, values, term.values()));
            case LIKE -> like(cb, text(cb, c, field), values.pattern((String) term.value()), true);
            case NLIKE -> like(cb, text(cb, c, field), values.pattern((String) term.value()), false);
            case FINSET -> inSet(cb, path, values, (String) term.value());
            case NFINSET -> cb.not(inSet(cb, path, values, (String) term.value()));
            case NULL, NOTNULL -> throw new IllegalStateException("handled above");
        };
    }

    /**
     * A client's LIKE pattern goes to {@code SQL_LIKE} (see {@code db/vendor}), never to H2's own
     * {@code LIKE}, whose cost grows exponentially with the number of {@code %}.
     */
    private static Predicate like(
            CriteriaBuilder cb, Expression<String> text, Expression<String> pattern, boolean matching) {
        return cb.equal(cb.function("SQL_LIKE", Integer.class, text, pattern), matching ? 1 : 0);
    }

    /**
     * One of the items, each compared as {@link #predicate}'s {@code eq} compares it. Not {@code cb.in}: text
     * values are lower-cased by the database ({@code LOWER(?)}), and EclipseLink's {@code In} takes no function
     * as a value (it casts it to a subquery and fails).
     */
    @SuppressWarnings("rawtypes")
    private static Predicate in(CriteriaBuilder cb, Expression path, Values values, List<Object> items) {
        return cb.or(items.stream().map(item -> cb.equal(path, values.of(item))).toArray(Predicate[]::new));
    }

    /** MySQL's {@code FIND_IN_SET(value, column)}: the value is one of the column's comma-separated items. */
    private static Predicate inSet(CriteriaBuilder cb, Expression<String> path, Values values, String item) {
        if (item.indexOf(',') >= 0) {
            // FIND_IN_SET never finds an item that holds a comma
            return cb.disjunction();
        }
        String literal = escapeLike(item);
        return cb.or(
                cb.equal(path, values.of(item)),
                cb.like(path, values.text(literal + ",%"), LIKE_ESCAPE),
                cb.like(path, values.text("%," + literal), LIKE_ESCAPE),
                cb.like(path, values.text("%," + literal + ",%"), LIKE_ESCAPE));
    }

    /** The column as text for {@code LIKE}: lower case for text, as the database renders it otherwise. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Expression<String> text(CriteriaBuilder cb, Root<CustomerEntity> c, CustomerSearchField field) {
        Expression path = c.get(Column.of(field).attribute);
        if (field == CustomerSearchField.EMAIL) {
            return path;
        }
        if (field.kind() == Kind.TEXT) {
            return cb.lower(path);
        }
        // numbers and timestamps compare as MySQL prints them: 42, 2024-03-01, 2024-03-01 10:20:30
        return cb.concat(path, cb.literal(""));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Values as the column compares them: lower-cased text (the email as its key), other values as read. */
    private record Values(CriteriaBuilder cb, CustomerSearchField field) {

        @SuppressWarnings("rawtypes")
        Expression of(Object value) {
            if (field == CustomerSearchField.EMAIL) {
                return cb.literal(EmailAddress.keyOf((String) value));
            }
            if (field.kind() == Kind.TEXT) {
                return cb.lower(cb.literal((String) value));
            }
            return cb.literal(value);
        }

        /** A LIKE pattern, passed on as given (backslash escapes, as in MySQL and PostgreSQL). */
        Expression<String> pattern(String pattern) {
            return text(pattern);
        }

        Expression<String> text(String text) {
            if (field == CustomerSearchField.EMAIL) {
                return cb.literal(EmailAddress.keyOf(text));
            }
            return field.kind() == Kind.TEXT ? cb.lower(cb.literal(text)) : cb.literal(text);
        }
    }

    /**
     * A query's customer root, and for each declared attribute it names the customer's value row, joined once:
     * its primary key makes it one row or none per customer.
     */
    private static final class Target {

        private final CriteriaBuilder cb;
        private final Root<CustomerEntity> root;
        private final Map<String, Join<CustomerEntity, CustomerAttributeValue>> values = new HashMap<>();

        Target(CriteriaBuilder cb, Root<CustomerEntity> root) {
            this.cb = cb;
            this.root = root;
        }

        Root<CustomerEntity> root() {
            return root;
        }

        Join<CustomerEntity, CustomerAttributeValue> value(String code) {
            return values.computeIfAbsent(code, c -> {
                Join<CustomerEntity, CustomerAttributeValue> join = root.join("attributes", JoinType.LEFT);
                join.on(cb.equal(join.get("code"), c));
                return join;
            });
        }
    }

    /** Where a searchable field lives in {@link CustomerEntity}. */
    private record Column(String attribute, boolean nullable) {

        static Column of(CustomerSearchField field) {
            return switch (field) {
                case ENTITY_ID, ID -> new Column("id", false);
                case EMAIL -> new Column("emailKey", false);
                case PREFIX -> new Column("prefix", true);
                case FIRSTNAME -> new Column("firstname", false);
                case MIDDLENAME -> new Column("middlename", true);
                case LASTNAME -> new Column("lastname", false);
                case SUFFIX -> new Column("suffix", true);
                case GROUP_ID -> new Column("groupId", false);
                case WEBSITE_ID -> new Column("websiteId", false);
                case STORE_ID -> new Column("storeId", false);
                case CREATED_AT -> new Column("createdAt", false);
                case UPDATED_AT -> new Column("updatedAt", false);
                case CREATED_IN -> new Column("createdIn", true);
                case DOB -> new Column("dob", true);
                case GENDER -> new Column("gender", true);
                case TAXVAT -> new Column("taxvat", true);
                case DEFAULT_BILLING -> new Column("defaultBilling", true);
                case DEFAULT_SHIPPING -> new Column("defaultShipping", true);
                case DISABLE_AUTO_GROUP_CHANGE -> new Column("disableAutoGroupChange", false);
            };
        }
    }
}
