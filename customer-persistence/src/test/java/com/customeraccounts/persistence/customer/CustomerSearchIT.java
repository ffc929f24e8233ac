package com.customeraccounts.persistence.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.customeraccounts.attribute.AttributeMetadata;
import com.customeraccounts.attribute.DeclaredAttributes;
import com.customeraccounts.customer.Address;
import com.customeraccounts.customer.AddressId;
import com.customeraccounts.customer.Customer;
import com.customeraccounts.customer.CustomerId;
import com.customeraccounts.customer.CustomerPage;
import com.customeraccounts.customer.Filter;
import com.customeraccounts.customer.FilterGroup;
import com.customeraccounts.customer.SearchCriteria;
import com.customeraccounts.customer.SortOrder;
import com.customeraccounts.error.InputException;
import com.customeraccounts.error.Parameters;
import com.customeraccounts.persistence.database.ResourceLocalUnit;
import com.customeraccounts.persistence.database.SchemaMigration;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Customer search on 10,000 customers, on a real PostgreSQL 17 and on H2 (the embedded default), through
 * EclipseLink as Payara runs it. Every answer is checked against the same customers filtered and sorted in
 * Java.
 */
class CustomerSearchIT {

    private static final int CUSTOMERS = 10_000;
    private static final List<Row> ROWS =
            IntStream.rangeClosed(1, CUSTOMERS).mapToObj(Row::generate).toList();
    private static final DateTimeFormatter MYSQL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Nested
    class OnPostgreSql extends SearchBehaviour {

        private EmbeddedPostgres postgres;

        @Override
        DataSource start() throws IOException {
            postgres = EmbeddedPostgres.builder().start();
            return postgres.getPostgresDatabase();
        }

        @Override
        void stop() throws IOException {
            postgres.close();
        }
    }

    @Nested
    class OnH2 extends SearchBehaviour {

        @Override
        DataSource start() {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
            return h2;
        }

        @Override
        void stop() {}
    }

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class SearchBehaviour {

        private final AtomicInteger statements = new AtomicInteger();
        private EntityManagerFactory factory;
        private EntityManager em;
        private JpaCustomerSearch search;

        abstract DataSource start() throws IOException;

        abstract void stop() throws IOException;

        private DataSource database;

        @BeforeAll
        void migrateSeedAndConnect() throws IOException, SQLException {
            database = start();
            SchemaMigration.migrate(database);
            seed(database);
            factory = ResourceLocalUnit.over(
                    counting(database, statements),
                    List.of(
                            CustomerEntity.class.getName(),
                            AddressEntity.class.getName(),
                            CustomerGroupEntity.class.getName()));
            em = factory.createEntityManager();
            search = new JpaCustomerSearch();
            search.em = em;
            search.declared = DECLARED;
            search.declaredFields();
        }

        @AfterAll
        void disconnect() throws IOException {
            em.close();
            factory.close();
            stop();
        }

        // Magento's own cases (CustomerRepositoryTest::testSearchCustomers*)

        @Test
        void findsEitherEmailAmongCustomersWithTheLastnameSortedByEmail() {
            CustomerPage page = search.search(new SearchCriteria(
                    List.of(
                            FilterGroup.anyOf(
                                    Filter.eq("email", "magento.two@example.com"),
                                    Filter.eq("email", "magento.one@example.com")),
                            FilterGroup.anyOf(Filter.eq("lastname", "Testlastname"))),
                    List.of(new SortOrder("email", "ASC")),
                    null,
                    null));

            assertThat(page.totalCount()).isEqualTo(2);
            assertThat(emails(page)).containsExactly("magento.one@example.com", "magento.two@example.com");
        }

        @Test
        void findsNothingWhenTheLastnameGroupMatchesNobody() {
            CustomerPage page = search.search(new SearchCriteria(
                    List.of(
                            FilterGroup.anyOf(
                                    Filter.eq("email", "magento.one@example.com"),
                                    Filter.eq("email", "magento.two@example.com")),
                            FilterGroup.anyOf(Filter.eq("lastname", "INVALID"))),
                    List.of(new SortOrder("email", "ASC")),
                    null,
                    null));

            assertThat(page.totalCount()).isZero();
            assertThat(page.items()).isEmpty();
        }

        @Test
        void findsOneCustomerThroughThreeGroupsThenNoneWhenTheLastGroupFails() {
            FilterGroup email = FilterGroup.anyOf(Filter.eq("email", "magento.one@example.com"));
            FilterGroup middlename =
                    FilterGroup.anyOf(Filter.eq("middlename", "Mmm"), Filter.eq("middlename", "invalid"));

            CustomerPage found = search.search(new SearchCriteria(
                    List.of(email, middlename, FilterGroup.anyOf(Filter.eq("lastname", "Testlastname"))),
                    List.of(),
                    10,
                    1));
            CustomerPage none = search.search(new SearchCriteria(
                    List.of(email, middlename, FilterGroup.anyOf(Filter.eq("lastname", "invalid"))), List.of(), 10, 1));

            assertThat(found.totalCount()).isEqualTo(1);
            assertThat(emails(found)).containsExactly("magento.one@example.com");
            assertThat(none.totalCount()).isZero();
        }

        // every condition type, checked against the same filter in Java

        @ParameterizedTest(name = "{0}")
        @MethodSource("conditions")
        void findsWhatTheConditionMatches(String name, List<FilterGroup> groups, Predicate<Row> expected) {
            List<Long> ids = ROWS.stream().filter(expected).map(Row::id).toList();

            CustomerPage page = search.search(new SearchCriteria(groups, List.of(), 100, 1));

            assertThat(page.totalCount()).as("total_count").isEqualTo(ids.size());
            assertThat(ids(page)).containsExactlyElementsOf(ids.subList(0, Math.min(100, ids.size())));
        }

        Stream<Arguments> conditions() {
            Row r17 = ROWS.get(16);
            return Stream.of(
                    condition(
                            "email eq, in any letter case",
                            Filter.eq("email", "CUSTOMER14@example.com"),
                            r -> r.id == 14),
                    condition(
                            "email like",
                            new Filter("email", "%7@EXAMPLE.com", "like"),
                            r -> r.email.toLowerCase(Locale.ROOT).endsWith("7@example.com")),
                    condition(
                            "email in",
                            new Filter("email", "customer1@example.com,CUSTOMER2@EXAMPLE.COM,x", "in"),
                            r -> r.id == 1 || r.id == 2),
                    condition(
                            "email nin",
                            new Filter("email", "customer1@example.com,Customer7@Example.com", "nin"),
                            r -> r.id != 1 && r.id != 7),
                    condition("email neq", new Filter("email", "customer3@example.com", "neq"), r -> r.id != 3),
                    condition(
                            "firstname eq ignores case",
                            Filter.eq("firstname", "jane"),
                            r -> r.firstname.equals("Jane")),
                    condition(
                            "firstname neq", new Filter("firstname", "JANE", "neq"), r -> !r.firstname.equals("Jane")),
                    condition(
                            "lastname like",
                            new Filter("lastname", "smi%", "like"),
                            r -> r.lastname.toLowerCase(Locale.ROOT).startsWith("smi")),
                    condition(
                            "lastname nlike",
                            new Filter("lastname", "%S_ith%", "nlike"),
                            r -> !r.lastname.toLowerCase(Locale.ROOT).matches(".*s.ith.*")),
                    condition(
                            "lastname in, in any letter case",
                            new Filter("lastname", "SMITH,jones,x", "in"),
                            r -> List.of("smith", "jones").contains(r.lastname.toLowerCase(Locale.ROOT))),
                    condition(
                            "lastname nin",
                            new Filter("lastname", "Smith,x", "nin"),
                            r -> !r.lastname.equalsIgnoreCase("smith")),
                    condition(
                            "lastname gt",
                            new Filter("lastname", "smith", "gt"),
                            r -> r.lastname.toLowerCase(Locale.ROOT).compareTo("smith") > 0),
                    condition("middlename null", new Filter("middlename", null, "null"), r -> r.middlename == null),
                    condition("middlename notnull", new Filter("middlename", "", "notnull"), r -> r.middlename != null),
                    condition(
                            "middlename neq leaves NULL out, as SQL does",
                            new Filter("middlename", "m1", "neq"),
                            r -> r.middlename != null && !r.middlename.equals("M1")),
                    condition(
                            "middlename seq with an empty value",
                            new Filter("middlename", "", "seq"),
                            r -> r.middlename == null),
                    condition(
                            "group_id in", new Filter("group_id", "1, 3", "in"), r -> r.groupId == 1 || r.groupId == 3),
                    condition(
                            "group_id nin",
                            new Filter("group_id", "1,3", "nin"),
                            r -> r.groupId != 1 && r.groupId != 3),
                    condition("group_id gt", new Filter("group_id", "1", "gt"), r -> r.groupId > 1),
                    condition("group_id gteq", new Filter("group_id", "2", "gteq"), r -> r.groupId >= 2),
                    condition("group_id lt", new Filter("group_id", "2", "lt"), r -> r.groupId < 2),
                    condition("group_id lteq", new Filter("group_id", "1", "lteq"), r -> r.groupId <= 1),
                    condition("group_id neq", new Filter("group_id", "0", "neq"), r -> r.groupId != 0),
                    condition("group_id lt a number beyond int", new Filter("group_id", "9999999999", "lt"), r -> true),
                    condition("website_id eq", Filter.eq("website_id", "2"), r -> r.websiteId == 2),
                    condition(
                            "website_id like, numbers as text",
                            new Filter("website_id", "2%", "like"),
                            r -> r.websiteId == 2),
                    condition("store_id eq", Filter.eq("store_id", "1"), r -> r.storeId == 1),
                    condition("entity_id lteq", new Filter("entity_id", "5", "lteq"), r -> r.id <= 5),
                    condition("id as entity_id", new Filter("id", "9,8,10001", "in"), r -> r.id == 8 || r.id == 9),
                    conditions(
                            "entity_id from and to in two groups",
                            List.of(
                                    FilterGroup.anyOf(new Filter("entity_id", "100", "from")),
                                    FilterGroup.anyOf(new Filter("entity_id", "200", "to"))),
                            r -> r.id >= 100 && r.id <= 200),
                    conditions(
                            "created_at from a day to a moment",
                            List.of(
                                    FilterGroup.anyOf(new Filter("created_at", "2024-06-01", "from")),
                                    FilterGroup.anyOf(new Filter("created_at", "2024-06-30 23:59:59", "to"))),
                            r -> !r.createdAt.isBefore(LocalDateTime.of(2024, 6, 1, 0, 0))
                                    && !r.createdAt.isAfter(LocalDateTime.of(2024, 6, 30, 23, 59, 59))),
                    condition(
                            "created_at gt",
                            new Filter("created_at", "2024-12-01 12:00:00", "gt"),
                            r -> r.createdAt.isAfter(LocalDateTime.of(2024, 12, 1, 12, 0))),
                    condition(
                            "created_at like, as MySQL prints it",
                            new Filter("created_at", "2024-03-0%", "like"),
                            r -> r.createdAt.format(MYSQL_TIME).startsWith("2024-03-0")),
                    condition(
                            "updated_at lt",
                            new Filter("updated_at", "2024-02-01", "lt"),
                            r -> r.updatedAt.isBefore(LocalDateTime.of(2024, 2, 1, 0, 0))),
                    condition("dob eq", Filter.eq("dob", r17.dob.toString()), r -> r17.dob.equals(r.dob)),
                    condition(
                            "dob lteq",
                            new Filter("dob", "1960-01-01", "lteq"),
                            r -> r.dob != null && !r.dob.isAfter(LocalDate.of(1960, 1, 1))),
                    condition("dob null", new Filter("dob", null, "null"), r -> r.dob == null),
                    condition("gender eq", Filter.eq("gender", "0"), r -> Objects.equals(r.gender, 0)),
                    condition("gender in", new Filter("gender", "1,2", "in"), r -> r.gender != null && r.gender > 0),
                    condition(
                            "taxvat finset, first, middle, last or only item",
                            new Filter("taxvat", "VIP", "finset"),
                            r -> items(r.taxvat).contains("vip")),
                    condition(
                            "taxvat nfinset leaves NULL out",
                            new Filter("taxvat", "vip", "nfinset"),
                            r -> r.taxvat != null && !items(r.taxvat).contains("vip")),
                    condition(
                            "taxvat finset another item",
                            new Filter("taxvat", "tag1", "finset"),
                            r -> items(r.taxvat).contains("tag1")),
                    condition(
                            "taxvat finset takes wildcards literally",
                            new Filter("taxvat", "v_p", "finset"),
                            r -> false),
                    condition(
                            "a declared text attribute eq ignores case",
                            Filter.eq("erp_number", "erp-7"),
                            r -> "ERP-7".equalsIgnoreCase(erp(r.id))),
                    condition(
                            "a declared text attribute like",
                            new Filter("erp_number", "%-1_", "like"),
                            r -> erp(r.id) != null
                                    && erp(r.id).toLowerCase(Locale.ROOT).matches(".*-1.")),
                    condition(
                            "a declared text attribute in",
                            new Filter("erp_number", "ERP-1,erp-2", "in"),
                            r -> erp(r.id) != null
                                    && List.of("erp-1", "erp-2")
                                            .contains(erp(r.id).toLowerCase(Locale.ROOT))),
                    condition(
                            "a declared text attribute neq leaves customers without one out",
                            new Filter("erp_number", "erp-3", "neq"),
                            r -> erp(r.id) != null && !erp(r.id).equalsIgnoreCase("erp-3")),
                    condition(
                            "a declared text attribute null",
                            new Filter("erp_number", null, "null"),
                            r -> erp(r.id) == null),
                    condition(
                            "a declared text attribute gt",
                            new Filter("erp_number", "ERP-45", "gt"),
                            r -> erp(r.id) != null
                                    && erp(r.id).toLowerCase(Locale.ROOT).compareTo("erp-45") > 0),
                    conditions(
                            "a declared date attribute from a day to a day",
                            List.of(
                                    FilterGroup.anyOf(new Filter("contract_start", "2021-01-01", "from")),
                                    FilterGroup.anyOf(new Filter("contract_start", "2021-03-31", "to"))),
                            r -> contractStart(r.id) != null
                                    && !contractStart(r.id).isBefore(LocalDate.of(2021, 1, 1))
                                    && !contractStart(r.id).isAfter(LocalDate.of(2021, 3, 31))),
                    conditions(
                            "a declared attribute and a column together",
                            List.of(
                                    FilterGroup.anyOf(Filter.eq("contract_start", "2020-02-01")),
                                    FilterGroup.anyOf(Filter.eq("erp_number", "erp-31"), Filter.eq("firstname", "Li"))),
                            r -> LocalDate.of(2020, 2, 1).equals(contractStart(r.id))
                                    && ("erp-31".equalsIgnoreCase(erp(r.id)) || r.firstname.equals("Li"))),
                    condition(
                            "taxvat finset never finds a comma",
                            new Filter("taxvat", "vip,tag0", "finset"),
                            r -> false),
                    condition(
                            "taxvat like",
                            new Filter("taxvat", "%vip%", "like"),
                            r -> r.taxvat != null
                                    && r.taxvat.toLowerCase(Locale.ROOT).contains("vip")),
                    condition("created_in eq", Filter.eq("created_in", "second store view"), r -> r.websiteId == 2),
                    condition(
                            "default_billing notnull",
                            new Filter("default_billing", null, "notnull"),
                            r -> r.defaultBilling != null),
                    condition(
                            "default_shipping gt",
                            new Filter("default_shipping", "1050000", "gt"),
                            r -> r.defaultShipping != null && r.defaultShipping > 1_050_000),
                    condition(
                            "disable_auto_group_change eq",
                            Filter.eq("disable_auto_group_change", "1"),
                            r -> r.disableAutoGroupChange == 1),
                    condition("prefix eq", Filter.eq("prefix", "dr."), r -> "Dr.".equals(r.prefix)),
                    condition("suffix notnull", new Filter("suffix", null, "notnull"), r -> r.suffix != null),
                    condition(
                            "fulltext",
                            new Filter("lastname", "ither", "fulltext"),
                            r -> r.lastname.toLowerCase(Locale.ROOT).contains("ither")),
                    conditions(
                            "two groups of two filters",
                            List.of(
                                    FilterGroup.anyOf(Filter.eq("group_id", "1"), Filter.eq("group_id", "2")),
                                    FilterGroup.anyOf(Filter.eq("lastname", "Smith"), new Filter("dob", null, "null"))),
                            r -> (r.groupId == 1 || r.groupId == 2) && (r.lastname.equals("Smith") || r.dob == null)),
                    conditions("no filter at all", List.of(), r -> true));
        }

        // sorting and paging

        @Test
        void pagesAFilteredSortedSearchCountingEveryMatch() {
            SearchCriteria criteria = smithsOfTheMainWebsiteNewestFirst(20, 2);
            List<Long> expected = ROWS.stream()
                    .filter(r -> r.lastname.toLowerCase(Locale.ROOT).startsWith("smi") && r.websiteId == 1)
                    .sorted(Comparator.comparing(Row::createdAt).reversed().thenComparing(Row::id))
                    .map(Row::id)
                    .toList();

            CustomerPage page = search.search(criteria);

            assertThat(page.totalCount()).isEqualTo(expected.size());
            assertThat(ids(page)).containsExactlyElementsOf(expected.subList(20, 40));
        }

        @Test
        void answersAPagePastTheLastWithTheLastPageAsMagentoDoes() {
            long total = ROWS.stream().filter(r -> r.groupId == 3).count();
            List<Long> ids =
                    ROWS.stream().filter(r -> r.groupId == 3).map(Row::id).toList();
            int lastPageStart = (int) ((total - 1) / 30 * 30);

            CustomerPage page = search.search(
                    new SearchCriteria(List.of(FilterGroup.anyOf(Filter.eq("group_id", "3"))), List.of(), 30, 999_999));

            assertThat(page.totalCount()).isEqualTo(total);
            assertThat(ids(page)).containsExactlyElementsOf(ids.subList(lastPageStart, (int) total));
        }

        @Test
        void returnsEveryMatchWithoutAPageSize() {
            List<Long> expected = ROWS.stream()
                    .filter(r -> r.groupId == 1 && r.websiteId == 2)
                    .map(Row::id)
                    .toList();

            CustomerPage page = search.search(new SearchCriteria(
                    List.of(
                            FilterGroup.anyOf(Filter.eq("group_id", "1")),
                            FilterGroup.anyOf(Filter.eq("website_id", "2"))),
                    List.of(),
                    null,
                    3));

            assertThat(ids(page)).containsExactlyElementsOf(expected);
        }

        @Test
        void sortsByEachOrderInTurnWithNullsFirstWhenAscendingAsMySqlDoes() {
            Comparator<Row> middlenameNullsFirst = Comparator.comparing(
                    Row::middlename,
                    Comparator.nullsFirst(Comparator.comparing((String s) -> s.toLowerCase(Locale.ROOT))));
            List<Long> expected = ROWS.stream()
                    .sorted(middlenameNullsFirst
                            .thenComparing(Comparator.comparing((Row r) -> r.lastname.toLowerCase(Locale.ROOT))
                                    .reversed())
                            .thenComparing(Row::id))
                    .map(Row::id)
                    .toList();

            CustomerPage first = search.search(new SearchCriteria(
                    List.of(), List.of(new SortOrder("middlename", "ASC"), new SortOrder("lastname", "DESC")), 50, 1));
            CustomerPage later = search.search(new SearchCriteria(
                    List.of(), List.of(new SortOrder("middlename", "asc"), new SortOrder("lastname", "desc")), 50, 80));

            assertThat(ids(first)).containsExactlyElementsOf(expected.subList(0, 50));
            assertThat(ids(later)).containsExactlyElementsOf(expected.subList(3950, 4000));
        }

        @Test
        void putsNullsLastWhenDescending() {
            List<Long> expected = ROWS.stream()
                    .sorted(Comparator.comparing(Row::dob, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
                            .reversed()
                            .thenComparing(Row::id))
                    .map(Row::id)
                    .toList();

            CustomerPage last =
                    search.search(new SearchCriteria(List.of(), List.of(new SortOrder("dob", "DESC")), 100, 100));

            assertThat(ids(last)).containsExactlyElementsOf(expected.subList(9900, 10_000));
            assertThat(last.items())
                    .allSatisfy(c -> assertThat(c.snapshot().dob()).isNull());
        }

        @Test
        void sortsByADeclaredAttributeWithoutRegardToCaseCustomersWithoutOneFirst() {
            Comparator<Row> byErp = Comparator.comparing(
                    (Row r) -> erp(r.id) == null ? null : erp(r.id).toLowerCase(Locale.ROOT),
                    Comparator.nullsFirst(Comparator.<String>naturalOrder()));
            List<Long> ascending = ROWS.stream()
                    .sorted(byErp.thenComparing(Row::id))
                    .map(Row::id)
                    .toList();
            List<Long> descending = ROWS.stream()
                    .sorted(byErp.reversed().thenComparing(Row::id))
                    .map(Row::id)
                    .toList();

            CustomerPage first =
                    search.search(new SearchCriteria(List.of(), List.of(new SortOrder("erp_number", "ASC")), 50, 34));
            CustomerPage top =
                    search.search(new SearchCriteria(List.of(), List.of(new SortOrder("erp_number", "DESC")), 50, 1));

            assertThat(ids(first)).containsExactlyElementsOf(ascending.subList(1650, 1700));
            assertThat(ids(top)).containsExactlyElementsOf(descending.subList(0, 50));
            assertThat(first.totalCount()).isEqualTo(CUSTOMERS);
        }

        @Test
        void ordersByIdWhenNoOrderIsGivenAndSortsDescendingWithoutADirection() {
            CustomerPage byId = search.search(new SearchCriteria(List.of(), List.of(), 5, 1));
            CustomerPage byIdDescending =
                    search.search(new SearchCriteria(List.of(), List.of(new SortOrder("entity_id", null)), 5, 1));

            assertThat(ids(byId)).containsExactly(1L, 2L, 3L, 4L, 5L);
            assertThat(ids(byIdDescending)).containsExactly(10_000L, 9_999L, 9_998L, 9_997L, 9_996L);
        }

        // what comes back, and at what cost

        @Test
        void findsOneCustomerWithItsAddressesAndDeclaredValuesInThreeStatements() {
            JpaCustomerRepository repository = new JpaCustomerRepository();
            repository.em = em;
            em.clear();
            statements.set(0);

            Customer customer = repository.find(new CustomerId(100)).orElseThrow();

            assertThat(statements.get())
                    .as("statements for one customer with two addresses")
                    .isEqualTo(3);
            assertThat(customer.email().value()).isEqualTo("customer100@example.com");
            assertThat(customer.addresses()).extracting(Address::city).containsExactly("City 100-0", "City 100-1");
            assertThat(customer.snapshot().customAttributes().asMap())
                    .containsExactly(
                            Map.entry("contract_start", contractStart(100) + " 00:00:00"),
                            Map.entry("erp_number", erp(100)));
            assertThat(repository.find(new CustomerId(999_999))).isEmpty();
        }

        @Test
        void showsAKeptCustomerWithoutAStatementUntilAChangeForgetsIt() {
            JpaCustomerRepository repository = new JpaCustomerRepository();
            repository.em = em;
            repository.cache = new CustomerCache(true, null);
            repository.committed = new CommittedCustomerReads();
            repository.committed.em = em;
            CustomerId id = new CustomerId(101);
            Customer shown = repository.findCommitted(id).orElseThrow();
            statements.set(0);

            assertThat(repository.findCommitted(id).orElseThrow().snapshot())
                    .as("shown again")
                    .isEqualTo(shown.snapshot());
            assertThat(statements.get()).as("statements to show it again").isZero();

            em.getTransaction().begin();
            Customer changed = repository.findForUpdate(id).orElseThrow();
            changed.changePassword("$2y$10$" + "x".repeat(53), Instant.parse("2026-12-03T12:00:00Z"));
            repository.update(changed);
            em.getTransaction().rollback();
            em.clear();
            statements.set(0);

            Customer afterRollback = repository.findCommitted(id).orElseThrow();
            assertThat(statements.get()).as("statements after the change").isEqualTo(3);
            assertThat(afterRollback.snapshot())
                    .as("the change rolled back: what is stored")
                    .isEqualTo(shown.snapshot());
        }

        @Test
        void loadsAPageWithItsAddressesAndDeclaredValuesInFiveStatements() {
            search.search(new SearchCriteria(List.of(), List.of(), 20, 1));
            statements.set(0);

            CustomerPage page = search.search(new SearchCriteria(
                    List.of(FilterGroup.anyOf(new Filter("entity_id", "100,101,200,201,300,301,400,401,502", "in"))),
                    List.of(),
                    20,
                    1));

            assertThat(statements.get()).as("statements for a page").isEqualTo(5);
            Customer customer = page.items().get(0);
            assertThat(customer.snapshot().customAttributes().asMap())
                    .containsExactly(
                            Map.entry("contract_start", contractStart(100) + " 00:00:00"),
                            Map.entry("erp_number", erp(100)));
            assertThat(customer.id().value()).isEqualTo(100);
            assertThat(customer.email().value()).isEqualTo("customer100@example.com");
            assertThat(customer.addresses()).extracting(Address::city).containsExactly("City 100-0", "City 100-1");
            assertThat(customer.defaultBilling()).contains(new AddressId(Row.addressId(100, 0)));
            assertThat(customer.defaultShipping()).contains(new AddressId(Row.addressId(100, 1)));
            assertThat(page.items().get(1).addresses())
                    .extracting(Address::city)
                    .containsExactly("City 101-0");
            assertThat(page.items().get(8).addresses()).isEmpty();
        }

        @Test
        void refusesAValueThatDoesNotFitItsField() {
            SearchCriteria criteria = new SearchCriteria(
                    List.of(FilterGroup.anyOf(Filter.eq("website_id", "main"))), List.of(), null, null);

            assertThatThrownBy(() -> search.search(criteria))
                    .isInstanceOfSatisfying(
                            InputException.class,
                            e -> assertThat(e.phrase().parameters())
                                    .isEqualTo(Parameters.named("fieldName", "website_id", "value", "main")));
        }

        @Test
        void answersALikeOfFortyWildcardsOverTheLongestNameAtOnce() throws SQLException {
            long id = CUSTOMERS + 1;
            String longest = "a".repeat(255);
            execute("INSERT INTO customer_entity (entity_id, website_id, store_id, group_id, email, email_key, "
                    + "share_scope, firstname, lastname, created_at, updated_at, disable_auto_group_change) VALUES ("
                    + id + ", 1, 1, 1, 'long@example.com', 'long@example.com', 1, 'Long', '" + longest + "', "
                    + "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)");
            try {
                SearchCriteria hostile = new SearchCriteria(
                        List.of(FilterGroup.anyOf(new Filter("lastname", "%a".repeat(40) + "%b", "like"))),
                        List.of(),
                        10,
                        1);
                SearchCriteria matching = new SearchCriteria(
                        List.of(FilterGroup.anyOf(new Filter("lastname", "%A".repeat(40) + "%", "like"))),
                        List.of(),
                        10,
                        1);

                // guards far above the real cost: the database's own LIKE ran for hours on H2
                CustomerPage none = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> search.search(hostile));
                CustomerPage found = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> search.search(matching));

                assertThat(none.totalCount()).isZero();
                assertThat(ids(found)).containsExactly(id);
            } finally {
                execute("DELETE FROM customer_entity WHERE entity_id = " + id);
            }
        }

        private void execute(String sql) throws SQLException {
            try (Connection c = database.getConnection();
                    Statement statement = c.createStatement()) {
                statement.execute(sql);
            }
        }

        private static SearchCriteria smithsOfTheMainWebsiteNewestFirst(int pageSize, int currentPage) {
            return new SearchCriteria(
                    List.of(
                            FilterGroup.anyOf(new Filter("lastname", "Smi%", "like")),
                            FilterGroup.anyOf(Filter.eq("website_id", "1"))),
                    List.of(new SortOrder("created_at", "DESC")),
                    pageSize,
                    currentPage);
        }

        private static Arguments condition(String name, Filter filter, Predicate<Row> expected) {
            return conditions(name, List.of(FilterGroup.anyOf(filter)), expected);
        }

        private static Arguments conditions(String name, List<FilterGroup> groups, Predicate<Row> expected) {
            return Arguments.of(name, groups, expected);
        }

        private static List<String> items(String set) {
            return set == null
                    ? List.of()
                    : Arrays.asList(set.toLowerCase(Locale.ROOT).split(","));
        }
    }

    private static List<Long> ids(CustomerPage page) {
        return page.items().stream().map(c -> c.id().value()).toList();
    }

    private static List<String> emails(CustomerPage page) {
        return page.items().stream().map(c -> c.email().value()).toList();
    }

    /** The data source, counting the statements prepared on its connections. */
    private static DataSource counting(DataSource database, AtomicInteger statements) {
        return (DataSource) Proxy.newProxyInstance(
                CustomerSearchIT.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = invoke(method, database, args);
                    if (!(result instanceof Connection connection)) {
                        return result;
                    }
                    return Proxy.newProxyInstance(
                            CustomerSearchIT.class.getClassLoader(), new Class<?>[] {Connection.class}, (p, m, a) -> {
                                if (m.getName().equals("prepareStatement")
                                        || m.getName().equals("createStatement")
                                        || m.getName().equals("prepareCall")) {
                                    statements.incrementAndGet();
                                }
                                return invoke(m, connection, a);
                            });
                });
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static void seed(DataSource database) throws SQLException {
        try (Connection c = database.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement customer = c.prepareStatement("INSERT INTO customer_entity (entity_id, website_id, "
                            + "store_id, group_id, email, email_key, share_scope, prefix, firstname, middlename, lastname, "
                            + "suffix, dob, gender, taxvat, created_at, updated_at, created_in, disable_auto_group_change, "
                            + "default_billing, default_shipping) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                            + "?, ?, ?, ?)");
                    PreparedStatement address = c.prepareStatement("INSERT INTO customer_address_entity (entity_id, "
                            + "parent_id, position, country_id, region_id, street, city, firstname, lastname, telephone, "
                            + "postcode) VALUES (?, ?, ?, 'US', 0, ?, ?, ?, ?, '555-0100', '10577')")) {
                for (Row r : ROWS) {
                    customer.setLong(1, r.id);
                    customer.setInt(2, r.websiteId);
                    customer.setInt(3, r.storeId);
                    customer.setInt(4, r.groupId);
                    customer.setString(5, r.email);
                    customer.setString(6, r.email.toLowerCase(Locale.ROOT));
                    customer.setInt(7, r.websiteId);
                    customer.setString(8, r.prefix);
                    customer.setString(9, r.firstname);
                    customer.setString(10, r.middlename);
                    customer.setString(11, r.lastname);
                    customer.setString(12, r.suffix);
                    customer.setObject(13, r.dob, Types.DATE);
                    customer.setObject(14, r.gender, Types.INTEGER);
                    customer.setString(15, r.taxvat);
                    customer.setObject(16, r.createdAt, Types.TIMESTAMP);
                    customer.setObject(17, r.updatedAt, Types.TIMESTAMP);
                    customer.setString(18, r.createdIn);
                    customer.setInt(19, r.disableAutoGroupChange);
                    customer.setObject(20, r.defaultBilling, Types.BIGINT);
                    customer.setObject(21, r.defaultShipping, Types.BIGINT);
                    customer.addBatch();
                    for (int position = 0; position < r.addresses; position++) {
                        address.setLong(1, Row.addressId(r.id, position));
                        address.setLong(2, r.id);
                        address.setInt(3, position);
                        address.setString(4, position + " Oak Ave");
                        address.setString(5, "City " + r.id + "-" + position);
                        address.setString(6, r.firstname);
                        address.setString(7, r.lastname);
                        address.addBatch();
                    }
                }
                customer.executeBatch();
                address.executeBatch();
            }
            try (PreparedStatement value = c.prepareStatement("INSERT INTO customer_attribute_value (customer_id, "
                    + "attribute_code, attribute_value, search_key) VALUES (?, ?, ?, ?)")) {
                for (Row r : ROWS) {
                    String erp = erp(r.id);
                    if (erp != null) {
                        value.setLong(1, r.id);
                        value.setString(2, "erp_number");
                        value.setString(3, erp);
                        value.setString(4, erp.toLowerCase(Locale.ROOT));
                        value.addBatch();
                    }
                    LocalDate start = contractStart(r.id);
                    if (start != null) {
                        value.setLong(1, r.id);
                        value.setString(2, "contract_start");
                        value.setString(3, start + " 00:00:00");
                        value.setString(4, start + " 00:00:00");
                        value.addBatch();
                    }
                }
                value.executeBatch();
            }
            c.commit();
        }
    }

    /** The declared attributes the search may filter and sort on. */
    private static final DeclaredAttributes DECLARED = DeclaredAttributes.of(
            List.of(declared("erp_number", "text"), declared("contract_start", "date")), List.of());

    private static AttributeMetadata declared(String code, String input) {
        return AttributeMetadata.declared(code, input, code, false, List.of(), List.of(), 0, Set.of());
    }

    /** A customer's ERP number, in either letter case, or none. */
    static String erp(long id) {
        if (id % 6 == 0) {
            return null;
        }
        return (id % 4 == 0 ? "erp-" : "ERP-") + id % 50;
    }

    static LocalDate contractStart(long id) {
        return id % 5 == 1 ? null : LocalDate.of(2020, 1, 1).plusDays(id % 1000);
    }

    /** One seeded customer; the values cycle so that every condition finds some customers and misses others. */
    record Row(
            long id,
            int websiteId,
            int storeId,
            int groupId,
            String email,
            String prefix,
            String firstname,
            String middlename,
            String lastname,
            String suffix,
            LocalDate dob,
            Integer gender,
            String taxvat,
            LocalDateTime createdAt,
            LocalDateTime updatedAt,
            String createdIn,
            int disableAutoGroupChange,
            Long defaultBilling,
            Long defaultShipping,
            int addresses) {

        private static final String[] FIRSTNAMES = {
            "Jane", "John", "Maria", "Ahmed", "Li", "Olga", "Pierre", "Sven", "Aiko", "Carlos"
        };
        private static final String[] LASTNAMES = {
            "Smith",
            "Johnson",
            "Smithers",
            "Brown",
            "Jones",
            "Garcia",
            "Miller",
            "Davis",
            "Smirnov",
            "Wilson",
            "Anderson",
            "Taylor",
            "Thomas",
            "Moore",
            "Martin",
            "Jackson",
            "White",
            "Harris",
            "Clark",
            "Lewis"
        };

        static Row generate(int i) {
            int website = 1 + i % 2;
            String email = i % 7 == 0 ? "Customer" + i + "@Example.COM" : "customer" + i + "@example.com";
            String lastname = LASTNAMES[i % LASTNAMES.length];
            String middlename = i % 3 == 0 ? null : "M" + i % 5;
            switch (i) {
                case 4242 -> {
                    email = "magento.one@example.com";
                    lastname = "Testlastname";
                    middlename = "Mmm";
                }
                case 4243 -> {
                    email = "magento.two@example.com";
                    lastname = "Testlastname";
                }
                case 4244 -> {
                    email = "magento.three@example.com";
                    lastname = "Otherlastname";
                }
                default -> {}
            }
            String taxvat = switch (i % 10) {
                case 1 -> "vip,tag" + i % 3;
                case 2 -> "tag" + i % 3;
                case 3 -> "tag" + i % 3 + ",VIP";
                case 4 -> "a,vip,b";
                case 5 -> "vip";
                case 6 -> "vipper,xvip";
                default -> null;
            };
            LocalDateTime createdAt = LocalDateTime.of(2024, 1, 1, 0, 0)
                    .plusMinutes(i * 37L % 525_600)
                    .plusSeconds(i % 60);
            int addresses = i % 100 == 0 ? 2 : i % 100 == 1 ? 1 : 0;
            return new Row(
                    i,
                    website,
                    website,
                    i % 4,
                    email,
                    i % 11 == 0 ? "Dr." : null,
                    FIRSTNAMES[i % FIRSTNAMES.length],
                    middlename,
                    lastname,
                    i % 13 == 0 ? "Jr." : null,
                    i % 5 == 0 ? null : LocalDate.of(1950, 1, 1).plusDays(i * 7L % 20_000),
                    i % 4 == 0 ? null : i % 3,
                    taxvat,
                    createdAt,
                    createdAt.plusMinutes(i % 90),
                    website == 1 ? "Default Store View" : "Second Store View",
                    i % 50 == 0 ? 1 : 0,
                    addresses > 0 ? addressId(i, 0) : null,
                    addresses > 0 ? addressId(i, addresses - 1) : null,
                    addresses);
        }

        /** Later positions get smaller ids, so that only the position can order a customer's addresses. */
        static long addressId(long customerId, int position) {
            return 1_000_000 + customerId * 10 + 9 - position;
        }
    }
}
