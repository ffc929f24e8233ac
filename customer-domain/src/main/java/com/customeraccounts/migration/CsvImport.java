package com.customeraccounts.migration;

import com.customeraccounts.attribute.AttributeEntity;
import com.customeraccounts.attribute.DeclaredAttributes;
import com.customeraccounts.config.StoreConfig;
import com.customeraccounts.customer.CustomerGroups;
import com.customeraccounts.directory.Directory;
import com.customeraccounts.error.InputException;
import com.customeraccounts.store.Stores;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Magento's CSV import ({@code ImportCsvApi}'s {@code StartImport}): the file's header is checked as Magento's
 * {@code validateData} checks it, then {@link ImportRun} reads, checks and writes the rows in one
 * transaction. Imported customers get no email: nothing here raises an event.
 */
@ApplicationScoped
public class CsvImport {

    static final String BEHAVIOR_NOT_OFFERED = "The \"%1\" behavior isn't offered for the \"%2\" entity.";
    private static final Pattern COLUMN_NAME = Pattern.compile("^[a-z][a-z0-9_]*$");

    private Stores stores;
    private StoreConfig config;
    private CustomerGroups groups;
    private Directory directory;
    private ImportRun run;
    private ImportedAttributes attributes;

    protected CsvImport() {}

    @Inject
    public CsvImport(
            Stores stores,
            StoreConfig config,
            CustomerGroups groups,
            Directory directory,
            ImportRun run,
            DeclaredAttributes declared) {
        this.attributes = new ImportedAttributes(declared);
        this.stores = stores;
        this.config = config;
        this.groups = groups;
        this.directory = directory;
        this.run = run;
    }

    /**
     * @param csv the file, decoded from the request's {@code csv_data}
     * @throws InputException when the entity does not offer the behaviour
     */
    public ImportReport run(
            ImportEntity entity,
            ImportBehavior behavior,
            ValidationStrategy strategy,
            int allowedErrorCount,
            Path csv) {
        if (!entity.offers(behavior)) {
            throw InputException.of(
                    BEHAVIOR_NOT_OFFERED.replace("%1", behavior.code()).replace("%2", entity.code()));
        }
        try (ImportFile file = ImportFile.open(csv)) {
            List<String> header = file.header();
            if (header.isEmpty() || header.size() == 1 && header.get(0).isEmpty()) {
                return ImportReport.empty();
            }
            ImportErrors errors = new ImportErrors();
            Map<String, Integer> columns = checkHeader(entity, header, errors, attributes);
            if (errors.hasFileErrors()) {
                return new ImportReport(false, 0, 0, errors);
            }
            ImportJob job = new ImportJob(
                    entity,
                    behavior,
                    strategy,
                    Math.max(0, allowedErrorCount),
                    file,
                    header,
                    columns,
                    new ImportContext(stores, config, groups, directory, attributes),
                    errors);
            try {
                return run.run(job);
            } catch (ImportRun.NothingWritten nothing) {
                return nothing.report();
            }
        }
    }

    /** Magento's header checks: the permanent columns, then each column's name. */
    static Map<String, Integer> checkHeader(ImportEntity entity, List<String> header, ImportErrors errors) {
        return checkHeader(entity, header, errors, ImportedAttributes.NONE);
    }

    static Map<String, Integer> checkHeader(
            ImportEntity entity, List<String> header, ImportErrors errors, ImportedAttributes attributes) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            if (columns.putIfAbsent(header.get(i), i) != null) {
                errors.addFileError(ImportMessage.DUPLICATE_COLUMNS, null);
                return columns;
            }
        }
        List<String> absent = new ArrayList<>();
        for (String permanent : permanentColumns(entity)) {
            if (!columns.containsKey(permanent)) {
                absent.add(permanent);
            }
        }
        if (!absent.isEmpty()) {
            errors.addFileError(ImportMessage.COLUMN_NOT_FOUND, String.join("\", \"", absent));
        }
        Set<String> valid = validColumns(entity, attributes);
        List<String> invalidAttributes = new ArrayList<>();
        List<String> emptyHeaders = new ArrayList<>();
        List<String> invalidNames = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (valid.contains(name)) {
                continue;
            }
            if (name.trim().isEmpty()) {
                emptyHeaders.add(Integer.toString(i + 1));
            } else if (!COLUMN_NAME.matcher(name).matches()) {
                invalidNames.add(name);
            } else {
                invalidAttributes.add(name);
            }
        }
        if (!invalidAttributes.isEmpty()) {
            errors.addFileError(ImportMessage.INVALID_ATTRIBUTE_NAME, String.join("\", \"", invalidAttributes));
        }
        if (!emptyHeaders.isEmpty()) {
            errors.addFileError(ImportMessage.COLUMN_EMPTY_HEADER, String.join("\", \"", emptyHeaders));
        }
        if (!invalidNames.isEmpty()) {
            errors.addFileError(ImportMessage.COLUMN_NAME_INVALID, String.join("\", \"", invalidNames));
        }
        return columns;
    }

    private static List<String> permanentColumns(ImportEntity entity) {
        return switch (entity) {
            case CUSTOMER, CUSTOMER_COMPOSITE -> List.of(CustomerPart.EMAIL, CustomerPart.WEBSITE);
            case CUSTOMER_ADDRESS -> List.of(CustomerPart.WEBSITE, AddressPart.EMAIL, AddressPart.ADDRESS_ID);
        };
    }

    private static Set<String> validColumns(ImportEntity entity, ImportedAttributes attributes) {
        Set<String> valid = new HashSet<>();
        Set<String> addressAttributes = attributes.columns(AttributeEntity.ADDRESS);
        if (entity != ImportEntity.CUSTOMER_ADDRESS) {
            valid.add(CustomerPart.EMAIL);
            valid.addAll(CustomerPart.SPECIAL);
            valid.addAll(CustomerPart.COLUMNS);
            valid.addAll(attributes.columns(AttributeEntity.CUSTOMER));
        }
        if (entity == ImportEntity.CUSTOMER_ADDRESS) {
            valid.addAll(addressAttributes);
        }
        if (entity == ImportEntity.CUSTOMER_COMPOSITE) {
            addressAttributes.forEach(code -> valid.add("_address_" + code));
        }
        if (entity != ImportEntity.CUSTOMER) {
            valid.addAll(AddressPart.SPECIAL);
            valid.addAll(AddressPart.ATTRIBUTES);
            valid.addAll(AddressPart.IGNORED);
        }
        if (entity == ImportEntity.CUSTOMER_COMPOSITE) {
            valid.remove(AddressPart.EMAIL);
            valid.remove(AddressPart.ADDRESS_ID);
            for (String column : AddressPart.ATTRIBUTES) {
                valid.add("_address_" + column);
            }
            for (String column : AddressPart.IGNORED) {
                valid.add("_address_" + column);
            }
        }
        return valid;
    }
}
