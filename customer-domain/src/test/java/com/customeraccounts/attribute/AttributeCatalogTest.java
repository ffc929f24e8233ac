package com.customeraccounts.attribute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.customeraccounts.customer.CustomerGroup;
import com.customeraccounts.customer.CustomerGroups;
import com.customeraccounts.customer.CustomerId;
import com.customeraccounts.customer.GroupId;
import com.customeraccounts.directory.Country;
import com.customeraccounts.directory.Directory;
import com.customeraccounts.error.NoSuchEntityException;
import com.customeraccounts.store.Stores;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AttributeCatalogTest {

    private static final CustomerGroups GROUPS = new CustomerGroups() {
        @Override
        public boolean exists(GroupId id) {
            return all().stream().anyMatch(g -> g.id().equals(id));
        }

        @Override
        public Optional<CustomerGroup> find(GroupId id) {
            return all().stream().filter(g -> g.id().equals(id)).findFirst();
        }

        @Override
        public List<CustomerGroup> all() {
            return List.of(
                    new CustomerGroup(new GroupId(0), "NOT LOGGED IN", 3),
                    new CustomerGroup(new GroupId(1), "General", 3),
                    new CustomerGroup(new GroupId(2), "Wholesale", 3));
        }

        @Override
        public CustomerGroup create(String code, int taxClassId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void update(CustomerGroup group) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<CustomerId> delete(GroupId id, GroupId replacement) {
            throw new UnsupportedOperationException();
        }
    };
    private static final Directory DIRECTORY =
            new Directory(List.of(new Country("US", "US", "USA"), new Country("DE", "DE", "DEU")), List.of());

    private static AttributeCatalog catalog(DeclaredAttributes declared) {
        return new AttributeCatalog(declared, Stores.magentoDefault(), GROUPS, DIRECTORY);
    }

    @Test
    void describesMagentosSystemAttributesAsAStockInstallDoes() {
        AttributeCatalog catalog = catalog(DeclaredAttributes.NONE);

        assertThat(catalog.all(AttributeEntity.CUSTOMER)).hasSize(25);
        assertThat(catalog.all(AttributeEntity.ADDRESS))
                .as("Magento's AddressMetadataTest counts 19")
                .hasSize(19);
        assertThat(catalog.custom(AttributeEntity.CUSTOMER)).isEmpty();
        assertThat(catalog.custom(AttributeEntity.ADDRESS)).isEmpty();

        AttributeMetadata firstname = catalog.attribute(AttributeEntity.CUSTOMER, "firstname");
        assertThat(firstname.frontendClass()).isEqualTo("required-entry");
        assertThat(firstname.validationRules())
                .containsExactly(
                        new ValidationRule("max_text_length", "255"), new ValidationRule("min_text_length", "1"));
        assertThat(firstname.sortOrder()).isEqualTo(40);
        assertThat(catalog.attribute(AttributeEntity.CUSTOMER, "email").frontendClass())
                .isEqualTo("required-entry validate-email");
        assertThat(catalog.attribute(AttributeEntity.CUSTOMER, "website_id").options())
                .as("the customer's websites, not the admin's")
                .containsExactly(new AttributeOption("Main Website", "1"));
        assertThat(catalog.attribute(AttributeEntity.CUSTOMER, "group_id").options())
                .extracting(AttributeOption::label)
                .containsExactly("General", "Wholesale");
        assertThat(catalog.attribute(AttributeEntity.CUSTOMER, "gender").options())
                .extracting(AttributeOption::value)
                .containsExactly("", "1", "2", "3");
        assertThat(catalog.attribute(AttributeEntity.ADDRESS, "country_id").options())
                .extracting(AttributeOption::label)
                .containsExactly(" ", "Germany", "United States");
        assertThat(catalog.attribute(AttributeEntity.ADDRESS, "postcode").dataModel())
                .isEqualTo("Magento\\Customer\\Model\\Attribute\\Data\\Postcode");
    }

    @Test
    void listsAFormsAttributesMagentosFirstThenTheShopsEachBySortOrder() {
        AttributeMetadata loyalty = declared("loyalty_id", 5, Set.of("customer_account_create"));
        AttributeCatalog catalog = catalog(DeclaredAttributes.of(List.of(loyalty), List.of()));

        List<String> form = catalog.form(AttributeEntity.CUSTOMER, "customer_account_create").stream()
                .map(AttributeMetadata::attributeCode)
                .toList();
        assertThat(form)
                .containsExactly(
                        "created_at",
                        "prefix",
                        "firstname",
                        "middlename",
                        "lastname",
                        "suffix",
                        "email",
                        "dob",
                        "taxvat",
                        "gender",
                        "loyalty_id");
        assertThat(catalog.custom(AttributeEntity.CUSTOMER)).containsExactly(loyalty);
        assertThat(catalog.all(AttributeEntity.CUSTOMER)).hasSize(26).last().isEqualTo(loyalty);
        assertThat(catalog.all(AttributeEntity.ADDRESS)).hasSize(19);
    }

    @Test
    void anUnknownCodeOrFormIsMagentosNoSuchEntity() {
        AttributeCatalog catalog = catalog(DeclaredAttributes.NONE);

        assertThatThrownBy(() -> catalog.attribute(AttributeEntity.ADDRESS, "gender"))
                .isInstanceOfSatisfying(
                        NoSuchEntityException.class,
                        e -> assertThat(e.phrase())
                                .isEqualTo(NoSuchEntityException.doubleField(
                                                "entityType", "customer_address", "attributeCode", "gender")
                                        .phrase()));
        assertThatThrownBy(() -> catalog.form(AttributeEntity.ADDRESS, "customer_account_create"))
                .isInstanceOfSatisfying(
                        NoSuchEntityException.class,
                        e -> assertThat(e.phrase())
                                .isEqualTo(NoSuchEntityException.singleField("formCode", "customer_account_create")
                                        .phrase()));
    }

    @Test
    void aShopCannotDeclareOneOfMagentosCodes() {
        assertThatThrownBy(() -> DeclaredAttributes.of(List.of(declared("firstname", 0, Set.of())), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("firstname");
        assertThatThrownBy(() -> DeclaredAttributes.of(List.of(), List.of(declared("region", 0, Set.of()))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DeclaredAttributes.of(
                        List.of(declared("loyalty_id", 0, Set.of()), declared("loyalty_id", 1, Set.of())), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("twice");
    }

    @Test
    void aLengthRuleShowsInTheFrontendClassOnlyWithAnInputValidation() {
        AttributeMetadata plain = new AttributeMetadata(
                "code_a",
                "text",
                "",
                List.of(new ValidationRule("min_text_length", "2")),
                0,
                true,
                true,
                "",
                OptionSource.NONE,
                List.of(),
                true,
                0,
                "A",
                false,
                "varchar",
                AttributeMetadata.GridFlags.NONE,
                Set.of(),
                0);
        assertThat(plain.frontendClass()).isEqualTo("required-entry");
        AttributeMetadata checked = new AttributeMetadata(
                "code_b",
                "text",
                "",
                List.of(
                        new ValidationRule("input_validation", "alphanumeric"),
                        new ValidationRule("min_text_length", "2"),
                        new ValidationRule("max_text_length", "10")),
                0,
                true,
                true,
                "",
                OptionSource.NONE,
                List.of(),
                true,
                0,
                "B",
                false,
                "varchar",
                AttributeMetadata.GridFlags.NONE,
                Set.of(),
                0);
        assertThat(checked.frontendClass())
                .isEqualTo("required-entry validate-alphanum minimum-length-2 maximum-length-10 validate-length");
    }

    private static AttributeMetadata declared(String code, int sortOrder, Set<String> forms) {
        return AttributeMetadata.declared(code, "text", "Loyalty", false, List.of(), List.of(), sortOrder, forms);
    }
}
