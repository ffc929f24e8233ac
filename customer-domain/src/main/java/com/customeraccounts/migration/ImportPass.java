package com.customeraccounts.migration;

import com.customeraccounts.attribute.AttributeEntity;
import com.customeraccounts.password.PasswordHasher;
import com.customeraccounts.store.Website;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one pass over an import file: records are read in chunks; for each chunk the customers (and addresses)
 * its rows name are looked up at once, then every row is checked in order as Magento's
 * {@code validateRow} checks it, and a row (a customer with its addresses, in a composite file) that passed
 * is written, for as long as the strategy lets the import write at all. The file is never held whole: a
 * chunk, and a fingerprint per row seen, is what stays in memory.
 */
final class ImportPass {

    static final int CHUNK = 500;

    private final ImportJob job;
    private final CustomerTables.Batch batch;
    private final ImportErrors errors;
    private final CustomerPart customers;
    private final AddressPart addresses;
    private final LocalDateTime now;
    private final Map<String, Integer> addressColumns;
    private final LongSet seenCustomers = new LongSet();
    private final LongSet seenAddresses = new LongSet();
    private int rows;
    private int entities;
    private long reservedAddressId;

    ImportPass(ImportJob job, CustomerTables.Batch batch, PasswordHasher hasher, LocalDateTime now) {
        this.job = job;
        this.batch = batch;
        this.errors = job.errors();
        this.customers = new CustomerPart(job.context(), errors, hasher);
        this.addresses = new AddressPart(job.context(), errors);
        this.now = now;
        this.addressColumns =
                job.entity() == ImportEntity.CUSTOMER_COMPOSITE ? compositeAddressColumns(job.header()) : job.columns();
    }

    /** The address columns of a composite file, by the names the address entity knows them under. */
    static Map<String, Integer> compositeAddressColumns(List<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (name.equals(AddressPart.DEFAULT_BILLING) || name.equals(AddressPart.DEFAULT_SHIPPING)) {
                columns.put(name, i);
            } else if (name.startsWith("_address_")) {
                columns.put(name.substring("_address_".length()), i);
            } else if (AddressPart.ATTRIBUTES.contains(name) && !CustomerPart.COLUMNS.contains(name)) {
                columns.putIfAbsent(name, i);
            }
        }
        return columns;
    }

    /** Whether the strategy still lets this import write. */
    private boolean writing() {
        return job.strategy() == ValidationStrategy.STOP_ON_ERRORS
                ? errors.count() == 0
                : errors.count() <= job.allowedErrorCount();
    }

    ImportReport execute() {
        List<ImportRow> chunk = new ArrayList<>();
        boolean composite = job.entity() == ImportEntity.CUSTOMER_COMPOSITE;
        boolean orphansUntilCustomer = false;
        int number = 0;
        while (true) {
            String[] cells;
            try {
                cells = job.file().next();
            } catch (ImportFile.MalformedCsv broken) {
                rows++;
                errors.add(++number, ImportMessage.COLUMNS_NUMBER, null);
                break;
            }
            if (cells == null) {
                break;
            }
            number++;
            rows++;
            if (!readable(number, cells)) {
                orphansUntilCustomer = composite;
                continue;
            }
            ImportRow row = new ImportRow(number, job.columns(), cells);
            if (composite) {
                boolean customerRow = isCustomerRow(row);
                if (orphansUntilCustomer && !customerRow) {
                    errors.add(number, ImportMessage.ROW_IS_ORPHAN, null);
                    continue;
                }
                orphansUntilCustomer = false;
                if (chunk.size() >= CHUNK && customerRow) {
                    process(chunk);
                    chunk = new ArrayList<>();
                }
            } else if (chunk.size() >= CHUNK) {
                process(chunk);
                chunk = new ArrayList<>();
            }
            chunk.add(row);
        }
        if (!chunk.isEmpty()) {
            process(chunk);
        }
        return new ImportReport(writing(), rows, entities, errors);
    }

    /** Magento's checks of a record before any column is read: its number of cells, and UTF-8. */
    private boolean readable(int number, String[] cells) {
        if (cells.length != job.header().size()) {
            errors.add(number, ImportMessage.COLUMNS_NUMBER, null);
            return false;
        }
        boolean readable = true;
        for (int i = 0; i < cells.length; i++) {
            if (cells[i].indexOf(ImportFile.REPLACEMENT) >= 0) {
                errors.add(
                        number, ImportMessage.ILLEGAL_CHARACTERS, job.header().get(i));
                readable = false;
            }
        }
        return readable;
    }

    private void process(List<ImportRow> chunk) {
        switch (job.entity()) {
            case CUSTOMER -> customers(chunk);
            case CUSTOMER_ADDRESS -> addresses(chunk);
            case CUSTOMER_COMPOSITE -> composite(chunk);
        }
        batch.flush();
    }

    private ImportBehavior behaviorOf(ImportRow row) {
        ImportBehavior behavior = job.behavior();
        if (behavior == ImportBehavior.CUSTOM) {
            String action = row.raw(CustomerPart.ACTION);
            return action != null && action.equalsIgnoreCase("delete")
                    ? ImportBehavior.DELETE
                    : ImportBehavior.ADD_UPDATE;
        }
        return behavior == ImportBehavior.DELETE ? ImportBehavior.DELETE : ImportBehavior.ADD_UPDATE;
    }

    private Map<CustomerTables.EmailKey, CustomerRow> lookUp(List<ImportRow> rows, String emailColumn) {
        List<CustomerTables.EmailKey> keys = new ArrayList<>();
        for (ImportRow row : rows) {
            customers.keyOf(row, emailColumn).ifPresent(k -> keys.add(k.emailKey()));
        }
        Map<CustomerTables.EmailKey, CustomerRow> found = new HashMap<>();
        if (!keys.isEmpty()) {
            for (CustomerRow c : batch.customersByEmail(keys.stream().distinct().toList())) {
                found.put(new CustomerTables.EmailKey(c.emailKey(), c.shareScope()), c);
            }
        }
        return found;
    }

    // --- customer ------------------------------------------------------------------------------------------

    private void customers(List<ImportRow> chunk) {
        Map<CustomerTables.EmailKey, CustomerRow> found = lookUp(chunk, CustomerPart.EMAIL);
        for (ImportRow row : chunk) {
            entities++;
            Optional<CustomerPart.Key> key = customers.checkKey(row, CustomerPart.EMAIL);
            if (key.isEmpty()) {
                continue;
            }
            CustomerRow existing = found.get(key.get().emailKey());
            int before = errors.count();
            if (behaviorOf(row) == ImportBehavior.DELETE) {
                customers.checkForDelete(row, existing, CustomerPart.EMAIL);
                if (errors.count() == before && writing()) {
                    batch.deleteCustomer(existing.id());
                }
                continue;
            }
            customers.checkForUpdate(row, key.get(), existing, seenCustomers);
            attributes().check(row, AttributeEntity.CUSTOMER, existing == null, errors);
            if (errors.count() == before && writing()) {
                CustomerRow saved = save(row, key.get(), existing);
                setAttributes(AttributeEntity.CUSTOMER, saved.id(), row);
                found.put(key.get().emailKey(), saved);
            }
        }
    }

    private CustomerRow save(ImportRow row, CustomerPart.Key key, CustomerRow existing) {
        if (existing == null) {
            CustomerRow created = customers.newRow(row, key, batch.nextCustomerId(), now);
            batch.insertCustomer(created);
            return created;
        }
        CustomerRow updated = customers.updated(row, existing, now);
        batch.updateCustomer(updated);
        return updated;
    }

    // --- customer_address ----------------------------------------------------------------------------------

    private void addresses(List<ImportRow> chunk) {
        Map<CustomerTables.EmailKey, CustomerRow> found = lookUp(chunk, AddressPart.EMAIL);
        Map<Long, CustomerRow> byId = new HashMap<>();
        found.values().forEach(c -> byId.put(c.id(), c));
        List<Long> given = new ArrayList<>();
        for (ImportRow row : chunk) {
            long id = addressId(row);
            if (id > 0) {
                given.add(id);
            }
        }
        Map<Long, AddressRow> known = new HashMap<>();
        Map<Long, Integer> nextPosition = new HashMap<>();
        if (!given.isEmpty()) {
            batch.addressesById(given.stream().distinct().toList()).forEach(a -> known.put(a.id(), a));
        }
        if (!byId.isEmpty()) {
            for (AddressRow a : batch.addressesOf(List.copyOf(byId.keySet()))) {
                known.put(a.id(), a);
                nextPosition.merge(a.customerId(), a.position() + 1, Math::max);
            }
        }
        Map<Long, CustomerRow> changed = new LinkedHashMap<>();
        long highestGiven = 0;
        for (ImportRow row : chunk) {
            entities++;
            Optional<CustomerPart.Key> key = customers.checkKey(row, AddressPart.EMAIL);
            if (key.isEmpty()) {
                continue;
            }
            CustomerRow customer = found.get(key.get().emailKey());
            if (customer == null) {
                errors.add(row.number(), ImportMessage.CUSTOMER_NOT_FOUND, AddressPart.EMAIL);
                continue;
            }
            customer = changed.getOrDefault(customer.id(), customer);
            long addressId = addressId(row);
            AddressRow existing = addressId > 0 ? known.get(addressId) : null;
            if (existing != null && existing.customerId() != customer.id()) {
                existing = null;
            }
            int before = errors.count();
            if (behaviorOf(row) == ImportBehavior.DELETE) {
                if (addressId <= 0) {
                    errors.add(row.number(), ImportMessage.ADDRESS_ID_IS_EMPTY, AddressPart.ADDRESS_ID);
                } else if (existing == null) {
                    errors.add(row.number(), ImportMessage.ADDRESS_NOT_FOUND, AddressPart.ADDRESS_ID);
                } else if (writing()) {
                    batch.deleteAddress(addressId);
                    known.remove(addressId);
                    Long billing = eq(customer.defaultBilling(), addressId) ? null : customer.defaultBilling();
                    Long shipping = eq(customer.defaultShipping(), addressId) ? null : customer.defaultShipping();
                    changed.put(customer.id(), customer.withDefaults(billing, shipping));
                }
                continue;
            }
            if (existing != null && !seenAddresses.add(existing.id())) {
                errors.add(row.number(), ImportMessage.DUPLICATE_ADDRESS_ID, AddressPart.ADDRESS_ID);
            }
            Website website = key.get().website();
            addresses.check(row, website, existing);
            attributes().check(row, AttributeEntity.ADDRESS, existing == null, errors);
            if (errors.count() != before || !writing()) {
                continue;
            }
            AddressRow written;
            if (existing != null) {
                written = addresses.updated(row, website, existing);
                batch.updateAddress(written);
            } else {
                long id;
                if (addressId > 0 && !known.containsKey(addressId)) {
                    id = addressId;
                    highestGiven = Math.max(highestGiven, id);
                } else {
                    id = batch.nextAddressId();
                }
                int position = nextPosition.getOrDefault(customer.id(), 0);
                nextPosition.put(customer.id(), position + 1);
                written = addresses.newRow(row, website, id, customer.id(), position);
                batch.insertAddress(written);
                seenAddresses.add(id);
            }
            known.put(written.id(), written);
            setAttributes(AttributeEntity.ADDRESS, written.id(), row);
            // its customer is written again too, changed or not, so that its history and its account event say
            // that its addresses came over
            changed.put(customer.id(), defaults(row, customer, written.id()));
        }
        if (highestGiven > reservedAddressId) {
            batch.reserveAddressIdsUpTo(highestGiven);
            reservedAddressId = highestGiven;
        }
        changed.values().forEach(batch::updateCustomer);
    }

    private static CustomerRow defaults(ImportRow row, CustomerRow customer, long addressId) {
        boolean billing = AddressPart.isDefault(row, AddressPart.DEFAULT_BILLING);
        boolean shipping = AddressPart.isDefault(row, AddressPart.DEFAULT_SHIPPING);
        if (!billing && !shipping) {
            return customer;
        }
        return customer.withDefaults(
                billing ? Long.valueOf(addressId) : customer.defaultBilling(),
                shipping ? Long.valueOf(addressId) : customer.defaultShipping());
    }

    private static long addressId(ImportRow row) {
        String value = row.value(AddressPart.ADDRESS_ID);
        if (value == null) {
            return 0;
        }
        return ImportValues.id(value);
    }

    private static boolean eq(Long a, long b) {
        return a != null && a == b;
    }

    private static boolean eq(Long a, Long b) {
        return a == null ? b == null : a.equals(b);
    }

    // --- customer_composite --------------------------------------------------------------------------------

    private static boolean isCustomerRow(ImportRow row) {
        String email = row.raw(CustomerPart.EMAIL);
        return email != null && !email.trim().isEmpty();
    }

    private void composite(List<ImportRow> chunk) {
        List<ImportRow> heads = chunk.stream().filter(ImportPass::isCustomerRow).toList();
        Map<CustomerTables.EmailKey, CustomerRow> found = lookUp(heads, CustomerPart.EMAIL);
        Map<Long, List<AddressRow>> owned = new HashMap<>();
        if (!found.isEmpty()) {
            List<Long> ids = found.values().stream().map(CustomerRow::id).toList();
            for (AddressRow a : batch.addressesOf(ids)) {
                owned.computeIfAbsent(a.customerId(), c -> new ArrayList<>()).add(a);
            }
        }
        int i = 0;
        while (i < chunk.size()) {
            ImportRow head = chunk.get(i++);
            if (!isCustomerRow(head)) {
                errors.add(head.number(), ImportMessage.ROW_IS_ORPHAN, null);
                continue;
            }
            List<ImportRow> group = new ArrayList<>();
            group.add(head);
            while (i < chunk.size() && !isCustomerRow(chunk.get(i))) {
                group.add(chunk.get(i++));
            }
            compositeGroup(group, found, owned);
        }
    }

    private void compositeGroup(
            List<ImportRow> group, Map<CustomerTables.EmailKey, CustomerRow> found, Map<Long, List<AddressRow>> owned) {
        ImportRow head = group.get(0);
        entities++;
        int before = errors.count();
        Optional<CustomerPart.Key> key = customers.checkKey(head, CustomerPart.EMAIL);
        CustomerRow existing = key.map(k -> found.get(k.emailKey())).orElse(null);
        boolean delete = job.behavior() == ImportBehavior.DELETE;
        if (key.isPresent()) {
            if (delete) {
                customers.checkForDelete(head, existing, CustomerPart.EMAIL);
            } else {
                customers.checkForUpdate(head, key.get(), existing, seenCustomers);
                attributes().check(head, AttributeEntity.CUSTOMER, existing == null, errors);
            }
        }
        if (errors.count() != before) {
            for (ImportRow orphan : group.subList(1, group.size())) {
                errors.add(orphan.number(), ImportMessage.ROW_IS_ORPHAN, null);
            }
            return;
        }
        if (delete) {
            if (writing()) {
                batch.deleteCustomer(existing.id());
            }
            return;
        }
        Website website = key.get().website();
        List<ImportRow> addressRows = new ArrayList<>();
        for (ImportRow row : group) {
            ImportRow address = new ImportRow(row.number(), addressColumns, row.cells());
            if (hasAddress(address)) {
                entities++;
                addresses.check(address, website, null);
                attributes().check(address, AttributeEntity.ADDRESS, true, errors);
                addressRows.add(address);
            }
        }
        if (errors.count() != before || !writing()) {
            return;
        }
        long customerId = existing == null ? batch.nextCustomerId() : existing.id();
        Long billing = existing == null ? null : existing.defaultBilling();
        Long shipping = existing == null ? null : existing.defaultShipping();
        int position = 0;
        List<AddressRow> current = existing == null ? List.of() : owned.getOrDefault(existing.id(), List.of());
        if (job.behavior() == ImportBehavior.REPLACE) {
            current.forEach(a -> batch.deleteAddress(a.id()));
            billing = null;
            shipping = null;
        } else {
            position = current.stream().mapToInt(a -> a.position() + 1).max().orElse(0);
        }
        List<AddressRow> made = new ArrayList<>();
        for (ImportRow row : addressRows) {
            AddressRow address = addresses.newRow(row, website, batch.nextAddressId(), customerId, position++);
            made.add(address);
            if (AddressPart.isDefault(row, AddressPart.DEFAULT_BILLING)) {
                billing = address.id();
            }
            if (AddressPart.isDefault(row, AddressPart.DEFAULT_SHIPPING)) {
                shipping = address.id();
            }
        }
        CustomerRow customer = (existing == null
                        ? customers.newRow(head, key.get(), customerId, now)
                        : customers.updated(head, existing, now))
                .withDefaults(billing, shipping);
        if (existing == null) {
            batch.insertCustomer(customer);
        } else {
            batch.updateCustomer(customer);
        }
        made.forEach(batch::insertAddress);
        setAttributes(AttributeEntity.CUSTOMER, customer.id(), head);
        for (int a = 0; a < made.size(); a++) {
            setAttributes(AttributeEntity.ADDRESS, made.get(a).id(), addressRows.get(a));
        }
        found.put(key.get().emailKey(), customer);
    }

    private ImportedAttributes attributes() {
        return job.context().attributes();
    }

    /** Queues the declared values a written row sets or clears. */
    private void setAttributes(AttributeEntity entity, long ownerId, ImportRow row) {
        ImportedAttributes.Change change = attributes().change(row, entity);
        if (!change.isEmpty()) {
            batch.setAttributes(entity, ownerId, change.set(), change.cleared());
        }
    }

    private boolean hasAddress(ImportRow address) {
        for (Map.Entry<String, Integer> column : addressColumns.entrySet()) {
            String value = address.cells()[column.getValue()];
            if (!value.isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
