package com.customeraccounts.attribute;

import com.customeraccounts.attribute.AttributeMetadata.GridFlags;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Magento 2.4's own customer and address attributes, as a stock install defines them
 * ({@code Customer/Setup/CustomerSetup::getDefaultEntities} and the data patches after it): 25 for the customer,
 * 19 for an address, in their attribute set's order. Their definitions are fixed; a shop cannot declare one of
 * these codes.
 */
public final class SystemAttributes {

    private static final String CREATE = "customer_account_create";
    private static final String EDIT = "customer_account_edit";
    private static final String ADMIN = "adminhtml_customer";
    private static final String CHECKOUT = "adminhtml_checkout";
    private static final Set<String> NAME_FORMS = Set.of(CREATE, EDIT, ADMIN);
    private static final Set<String> ALL_FORMS = Set.of(CREATE, EDIT, ADMIN, CHECKOUT);
    private static final Set<String> ADDRESS_FORMS =
            Set.of("adminhtml_customer_address", "customer_address_edit", "customer_register_address");
    private static final List<ValidationRule> NAME_LENGTH =
            List.of(new ValidationRule("max_text_length", "255"), new ValidationRule("min_text_length", "1"));
    private static final List<ValidationRule> DATE = List.of(new ValidationRule("input_validation", "date"));

    private static final List<AttributeMetadata> CUSTOMER = List.of(
            attribute("website_id", "select", "Associate to Website", true, true, true, 10, 10)
                    .options(OptionSource.WEBSITES)
                    .grid(true, true, true, false)
                    .forms(Set.of(ADMIN))
                    .build(),
            attribute("store_id", "select", "Create In", true, false, true, 0, 20)
                    .options(OptionSource.STORE_VIEWS)
                    .build(),
            attribute("created_in", "text", "Created From", false, true, true, 20, 21)
                    .grid(true, true, false, true)
                    .forms(Set.of(ADMIN))
                    .build(),
            attribute("group_id", "select", "Group", true, true, true, 25, 25)
                    .options(OptionSource.GROUPS)
                    .grid(true, true, true, false)
                    .forms(Set.of(ADMIN, CHECKOUT))
                    .build(),
            attribute(
                            "disable_auto_group_change",
                            "boolean",
                            "Disable Automatic Group Change Based on VAT ID",
                            false,
                            true,
                            true,
                            28,
                            28)
                    .forms(Set.of(ADMIN))
                    .build(),
            attribute("prefix", "text", "Name Prefix", false, false, false, 30, 30)
                    .forms(NAME_FORMS)
                    .build(),
            attribute("firstname", "text", "First Name", true, true, true, 40, 40)
                    .rules(NAME_LENGTH)
                    .filter("trim")
                    .forms(NAME_FORMS)
                    .build(),
            attribute("middlename", "text", "Middle Name/Initial", false, false, false, 50, 50)
                    .filter("trim")
                    .forms(NAME_FORMS)
                    .build(),
            attribute("lastname", "text", "Last Name", true, true, true, 60, 60)
                    .rules(NAME_LENGTH)
                    .filter("trim")
                    .forms(NAME_FORMS)
                    .build(),
            attribute("suffix", "text", "Name Suffix", false, false, false, 70, 70)
                    .forms(NAME_FORMS)
                    .build(),
            attribute("email", "text", "Email", true, true, true, 80, 80)
                    .rules(List.of(new ValidationRule("input_validation", "email")))
                    .grid(true, true, true, true)
                    .forms(ALL_FORMS)
                    .build(),
            attribute("password_hash", "hidden", null, false, false, true, 0, 81)
                    .build(),
            attribute("default_billing", "text", "Default Billing Address", false, false, true, 0, 82)
                    .build(),
            attribute("default_shipping", "text", "Default Shipping Address", false, false, true, 0, 83)
                    .build(),
            attribute("confirmation", "text", "Is Confirmed", false, false, true, 0, 85)
                    .grid(true, true, true, false)
                    .build(),
            attribute("created_at", "date", "Created At", false, false, false, 0, 86)
                    .grid(true, true, false, false)
                    .forms(NAME_FORMS)
                    .build(),
            attribute("updated_at", "date", "Updated At", false, false, false, 0, 87)
                    .build(),
            attribute("dob", "date", "Date of Birth", false, false, false, 90, 90)
                    .rules(DATE)
                    .filter("date")
                    .grid(true, true, true, false)
                    .forms(ALL_FORMS)
                    .build(),
            attribute("taxvat", "text", "Tax/VAT Number", false, false, false, 100, 100)
                    .rules(List.of(new ValidationRule("max_text_length", "255")))
                    .grid(true, true, false, true)
                    .forms(ALL_FORMS)
                    .build(),
            attribute("failures_num", "hidden", "Failures Number", false, false, true, 0, 101)
                    .build(),
            attribute("gender", "select", "Gender", false, false, false, 110, 110)
                    .options(List.of(
                            AttributeOption.BLANK,
                            new AttributeOption("Male", "1"),
                            new AttributeOption("Female", "2"),
                            new AttributeOption("Not Specified", "3")))
                    .grid(true, true, true, false)
                    .forms(ALL_FORMS)
                    .build(),
            attribute("first_failure", "date", "First Failure Date", false, false, true, 0, 111)
                    .build(),
            attribute("rp_token", "hidden", null, false, false, true, 0, 115).build(),
            attribute("rp_token_created_at", "date", null, false, false, true, 0, 120)
                    .rules(DATE)
                    .build(),
            attribute("lock_expires", "date", "Failures Number", false, false, true, 0, 121)
                    .build());

    private static final List<AttributeMetadata> ADDRESS = List.of(
            address("prefix", "text", "Name Prefix", false, false, false, 10, 10)
                    .build(),
            address("firstname", "text", "First Name", true, true, true, 20, 20)
                    .rules(NAME_LENGTH)
                    .filter("trim")
                    .grid(true, false, false, true)
                    .build(),
            address("middlename", "text", "Middle Name/Initial", false, false, false, 30, 30)
                    .filter("trim")
                    .build(),
            address("lastname", "text", "Last Name", true, true, true, 40, 40)
                    .rules(NAME_LENGTH)
                    .filter("trim")
                    .grid(true, false, false, true)
                    .build(),
            address("suffix", "text", "Name Suffix", false, false, false, 50, 50)
                    .build(),
            address("company", "text", "Company", false, true, true, 60, 60)
                    .rules(NAME_LENGTH)
                    .grid(true, false, false, true)
                    .build(),
            address("street", "multiline", "Street Address", true, true, true, 70, 70)
                    .rules(NAME_LENGTH)
                    .multiline(2)
                    .grid(true, false, false, true)
                    .build(),
            address("city", "text", "City", true, true, true, 100, 80)
                    .rules(NAME_LENGTH)
                    .grid(true, false, false, true)
                    .build(),
            address("country_id", "select", "Country", true, true, true, 80, 90)
                    .options(OptionSource.COUNTRIES)
                    .grid(true, true, true, false)
                    .build(),
            address("region", "text", "State/Province", false, true, true, 90, 100)
                    .grid(true, true, false, true)
                    .build(),
            address("region_id", "hidden", "State/Province", false, true, true, 90, 101)
                    .build(),
            address("postcode", "text", "Zip/Postal Code", false, true, true, 110, 110)
                    .dataModel("Magento\\Customer\\Model\\Attribute\\Data\\Postcode")
                    .grid(true, true, true, true)
                    .build(),
            address("telephone", "text", "Phone Number", true, true, true, 120, 120)
                    .rules(NAME_LENGTH)
                    .grid(true, true, true, true)
                    .build(),
            address("fax", "text", "Fax", false, false, false, 130, 130)
                    .rules(NAME_LENGTH)
                    .grid(true, false, false, true)
                    .build(),
            address("vat_id", "text", "VAT Number", false, true, true, 140, 140).build(),
            address("vat_is_valid", "text", "VAT number validity", false, false, true, 0, 141)
                    .forms(Set.of())
                    .build(),
            address("vat_request_id", "text", "VAT number validation request ID", false, false, true, 0, 142)
                    .forms(Set.of())
                    .build(),
            address("vat_request_date", "text", "VAT number validation request date", false, false, true, 0, 143)
                    .forms(Set.of())
                    .build(),
            address("vat_request_success", "text", "VAT number validation request success", false, false, true, 0, 144)
                    .forms(Set.of())
                    .build());

    private SystemAttributes() {}

    /** The entity's system attributes, in their attribute set's order. */
    public static List<AttributeMetadata> of(AttributeEntity entity) {
        return entity == AttributeEntity.CUSTOMER ? CUSTOMER : ADDRESS;
    }

    /** Whether {@code code} is one of the entity's system attributes, which a shop cannot declare. */
    public static boolean isSystem(AttributeEntity entity, String code) {
        return of(entity).stream().anyMatch(a -> a.attributeCode().equals(code));
    }

    private static Builder attribute(
            String code,
            String input,
            String label,
            boolean required,
            boolean visible,
            boolean system,
            int sortOrder,
            int listOrder) {
        return new Builder(code, input, label, required, visible, system, sortOrder, listOrder);
    }

    /** An address attribute: in every address form, as Magento puts all but its VAT validation fields. */
    private static Builder address(
            String code,
            String input,
            String label,
            boolean required,
            boolean visible,
            boolean system,
            int sortOrder,
            int listOrder) {
        return attribute(code, input, label, required, visible, system, sortOrder, listOrder)
                .forms(ADDRESS_FORMS);
    }

    private static final class Builder {

        private final String code;
        private final String input;
        private final String label;
        private final boolean required;
        private final boolean visible;
        private final boolean system;
        private final int sortOrder;
        private final int listOrder;
        private List<ValidationRule> rules = List.of();
        private String filter = "";
        private String dataModel = "";
        private int multiline;
        private OptionSource source = OptionSource.NONE;
        private List<AttributeOption> options = List.of();
        private GridFlags grid = GridFlags.NONE;
        private Set<String> forms = Set.of();

        Builder(
                String code,
                String input,
                String label,
                boolean required,
                boolean visible,
                boolean system,
                int sortOrder,
                int listOrder) {
            this.code = code;
            this.input = input;
            this.label = label;
            this.required = required;
            this.visible = visible;
            this.system = system;
            this.sortOrder = sortOrder;
            this.listOrder = listOrder;
        }

        Builder rules(List<ValidationRule> value) {
            rules = value;
            return this;
        }

        Builder filter(String value) {
            filter = value;
            return this;
        }

        Builder dataModel(String value) {
            dataModel = value;
            return this;
        }

        Builder multiline(int count) {
            multiline = count;
            return this;
        }

        Builder options(OptionSource value) {
            source = value;
            return this;
        }

        Builder options(List<AttributeOption> value) {
            source = OptionSource.FIXED;
            options = new ArrayList<>(value);
            return this;
        }

        Builder grid(boolean used, boolean visibleInGrid, boolean filterable, boolean searchable) {
            grid = new GridFlags(used, visibleInGrid, filterable, searchable);
            return this;
        }

        Builder forms(Set<String> value) {
            forms = value;
            return this;
        }

        AttributeMetadata build() {
            return new AttributeMetadata(
                    code, input, filter, rules, multiline, visible, required, dataModel, source, options, false,
                    sortOrder, label, system, "static", grid, forms, listOrder);
        }
    }
}
