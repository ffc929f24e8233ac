package com.customeraccounts.migration;

/**
 * Magento's import error messages ({@code CustomerImportExport/Model/Import/*}, {@code ImportExport/Model/Import/
 * AbstractEntity}); a {@code %s} takes the column's name, as Magento's error aggregator puts it in.
 */
public enum ImportMessage {
    WEBSITE_IS_EMPTY("Please specify a website."),
    EMAIL_IS_EMPTY("An email wasn't specified. Enter the email and try again."),
    INVALID_WEBSITE("We found an invalid value in a website column."),
    INVALID_EMAIL("Please enter a valid email."),
    VALUE_IS_REQUIRED("Please make sure attribute \"%s\" is not empty."),
    CUSTOMER_NOT_FOUND("We can't find a customer who matches this email and website code."),
    DUPLICATE_EMAIL_SITE("This email is found more than once in the import file."),
    ROW_IS_ORPHAN("Orphan rows that will be skipped due default row errors"),
    INVALID_STORE("Invalid value in Store column (store does not exists?)"),
    PASSWORD_LENGTH("Please enter a password with a valid length."),
    ADDRESS_ID_IS_EMPTY("Customer address id column is not specified"),
    ADDRESS_NOT_FOUND("We can't find that customer address."),
    INVALID_REGION("Please enter a valid region."),
    DUPLICATE_ADDRESS_ID("We found another row with this email, website and address ID combination."),
    COLUMN_NOT_FOUND("We can't find required columns: %s."),
    COLUMN_EMPTY_HEADER("Columns number: \"%s\" have empty headers"),
    COLUMN_NAME_INVALID("Column names: \"%s\" are invalid"),
    INVALID_ATTRIBUTE_NAME("Header contains invalid attribute(s): \"%s\""),
    ILLEGAL_CHARACTERS("Illegal character used for attribute %s"),
    DUPLICATE_COLUMNS("Column names have duplicates"),
    COLUMNS_NUMBER("Number of columns does not correspond to the number of rows in the header"),
    EXCEEDED_MAX_LENGTH("Attribute %s exceeded max length"),
    INVALID_ATTRIBUTE_TYPE("Value for '%s' attribute contains incorrect value"),
    INVALID_ATTRIBUTE_OPTION("Value for %s attribute contains incorrect value, see acceptable values on settings "
            + "specified for Admin");

    private final String template;

    ImportMessage(String template) {
        this.template = template;
    }

    public String template() {
        return template;
    }

    /** The message as Magento words it for this column (or these columns, joined by {@code ", "}). */
    public String text(String column) {
        return column == null ? template : template.replace("%s", column);
    }
}
