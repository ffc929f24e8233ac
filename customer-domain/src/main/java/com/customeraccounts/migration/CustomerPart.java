package com.customeraccounts.migration;

import com.customeraccounts.customer.EmailAddress;
import com.customeraccounts.customer.EmailRule;
import com.customeraccounts.customer.SecretToken;
import com.customeraccounts.password.PasswordHasher;
import com.customeraccounts.store.ShareScope;
import com.customeraccounts.store.StoreId;
import com.customeraccounts.store.StoreView;
import com.customeraccounts.store.Website;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The customer columns of a row (Magento's "Customers Main File", {@code Import/Customer.php}): the checks of
 * {@code _validateRowForUpdate} and {@code _validateRowForDelete} with Magento's messages, and the row they
 * make. The email is lower-cased for matching and, for a new customer, stored so; {@code group_id} defaults
 * to 1; {@code password_hash} is stored as it is, unless a non-empty {@code password} is given, which is
 * hashed here; a confirmation key and reset token are stored as their hashes, as the service keeps its own.
 */
final class CustomerPart {

    static final String EMAIL = "email";
    static final String WEBSITE = "_website";
    static final String STORE = "_store";
    static final String PASSWORD = "password";
    static final String ACTION = "_action";
    static final int MIN_PASSWORD_LENGTH = 6;
    static final int DEFAULT_GROUP_ID = 1;
    /** Magento's limit for a text attribute ({@code DB_MAX_VARCHAR_LENGTH}, exclusive). */
    static final int MAX_VARCHAR = 256;
    /** The stored hash's column ({@code varchar(128)}, as Magento's). */
    static final int MAX_PASSWORD_HASH = 128;

    private static final List<String> TEXT = List.of(
            "prefix",
            "firstname",
            "middlename",
            "lastname",
            "suffix",
            "taxvat",
            "created_in",
            "confirmation",
            "rp_token");
    private static final List<String> DATES =
            List.of("dob", "created_at", "rp_token_created_at", "first_failure", "lock_expires");

    /** The columns of a customer file besides the special ones: Magento's attributes and valid names. */
    static final Set<String> COLUMNS = Set.of(
            "confirmation",
            "created_at",
            "created_in",
            "disable_auto_group_change",
            "dob",
            "firstname",
            "gender",
            "group_id",
            "lastname",
            "middlename",
            "password_hash",
            "prefix",
            "rp_token",
            "rp_token_created_at",
            "store_id",
            "suffix",
            "taxvat",
            "updated_at",
            "website_id",
            PASSWORD,
            "failures_num",
            "first_failure",
            "lock_expires",
            "default_billing",
            "default_shipping",
            // Adobe Commerce's reward points columns, in Magento's own sample file: read and left
            "reward_update_notification",
            "reward_warning_notification");

    static final Set<String> SPECIAL = Set.of(ACTION, WEBSITE, STORE);

    /** Who a row is about: the website and the email as matched. */
    record Key(Website website, String email, ShareScope shareScope) {

        CustomerTables.EmailKey emailKey() {
            return new CustomerTables.EmailKey(email, shareScope);
        }

        long fingerprint() {
            return LongSet.fingerprint(email, shareScope.value());
        }
    }

    private final ImportContext context;
    private final ImportErrors errors;
    private final PasswordHasher hasher;

    CustomerPart(ImportContext context, ImportErrors errors, PasswordHasher hasher) {
        this.context = context;
        this.errors = errors;
        this.hasher = hasher;
    }

    /** The key without reporting anything, for looking customers up before the rows are checked. */
    Optional<Key> keyOf(ImportRow row, String emailColumn) {
        String website = row.raw(WEBSITE);
        String email = row.raw(emailColumn);
        if (website == null || website.isEmpty() || email == null || email.isEmpty()) {
            return Optional.empty();
        }
        String key = EmailAddress.keyOf(email.trim());
        if (!EmailRule.problems(key).isEmpty()) {
            return Optional.empty();
        }
        return context.website(website).map(w -> new Key(w, key, context.shareScope(w)));
    }

    /** Magento's {@code _checkUniqueKey}: reports the first problem of the website and email columns. */
    Optional<Key> checkKey(ImportRow row, String emailColumn) {
        String website = row.raw(WEBSITE);
        String email = row.raw(emailColumn);
        if (website == null || website.isEmpty()) {
            errors.add(row.number(), ImportMessage.WEBSITE_IS_EMPTY, WEBSITE);
        } else if (email == null || email.isEmpty()) {
            errors.add(row.number(), ImportMessage.EMAIL_IS_EMPTY, emailColumn);
        } else if (!EmailRule.problems(EmailAddress.keyOf(email.trim())).isEmpty()
                || email.trim().isEmpty()) {
            errors.add(row.number(), ImportMessage.INVALID_EMAIL, emailColumn);
        } else if (context.website(website).isEmpty()) {
            errors.add(row.number(), ImportMessage.INVALID_WEBSITE, WEBSITE);
        } else {
            return keyOf(row, emailColumn);
        }
        return Optional.empty();
    }

    /** Magento's checks for adding or updating; {@code seen} holds the keys of the rows before. */
    void checkForUpdate(ImportRow row, Key key, CustomerRow existing, LongSet seen) {
        int n = row.number();
        if (!seen.add(key.fingerprint())) {
            errors.add(n, ImportMessage.DUPLICATE_EMAIL_SITE, EMAIL);
        }
        String store = row.value(STORE);
        if (store != null && context.storeView(store).isEmpty()) {
            errors.add(n, ImportMessage.INVALID_STORE, STORE);
        }
        String password = row.value(PASSWORD);
        if (password != null && password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
            errors.add(n, ImportMessage.PASSWORD_LENGTH, PASSWORD);
        }
        List<String> required = context.rules(key.website()).requiredCustomerColumns();
        for (String column : required) {
            if ((!row.has(column) && existing == null) || (row.has(column) && row.isBlank(column))) {
                errors.add(n, ImportMessage.VALUE_IS_REQUIRED, column);
            }
        }
        for (String column : TEXT) {
            String value = row.value(column);
            if (value != null && value.codePointCount(0, value.length()) >= MAX_VARCHAR) {
                errors.add(n, ImportMessage.EXCEEDED_MAX_LENGTH, column);
            }
        }
        String hash = row.value("password_hash");
        if (hash != null && hash.length() > MAX_PASSWORD_HASH) {
            errors.add(n, ImportMessage.EXCEEDED_MAX_LENGTH, "password_hash");
        }
        String group = row.value("group_id");
        if (group != null) {
            OptionalInt id = ImportValues.integer(group);
            if (id.isEmpty() || (id.getAsInt() != 0 && !context.groupExists(id.getAsInt()))) {
                errors.add(n, ImportMessage.INVALID_ATTRIBUTE_OPTION, "group_id");
            }
        }
        for (String column : DATES) {
            String value = row.value(column);
            if (value != null && ImportValues.dateTime(value).isEmpty()) {
                errors.add(n, ImportMessage.INVALID_ATTRIBUTE_TYPE, column);
            }
        }
        String failures = row.value("failures_num");
        if (failures != null && ImportValues.integer(failures).isEmpty()) {
            errors.add(n, ImportMessage.INVALID_ATTRIBUTE_TYPE, "failures_num");
        }
    }

    /** Magento's check for deleting: the customer must exist. */
    void checkForDelete(ImportRow row, CustomerRow existing, String emailColumn) {
        if (existing == null) {
            errors.add(row.number(), ImportMessage.CUSTOMER_NOT_FOUND, emailColumn);
        }
    }

    /** The new customer a checked row makes. */
    CustomerRow newRow(ImportRow row, Key key, long id, LocalDateTime now) {
        StoreView store = row.value(STORE) == null
                ? context.defaultStoreViewOf(key.website())
                : context.storeView(row.value(STORE)).orElseThrow();
        OptionalInt group =
                row.value("group_id") == null ? OptionalInt.empty() : ImportValues.integer(row.value("group_id"));
        int groupId = group.isEmpty() || group.getAsInt() == 0 ? DEFAULT_GROUP_ID : group.getAsInt();
        return new CustomerRow(
                id,
                key.website().id(),
                store.id(),
                groupId,
                key.email(),
                key.email(),
                key.shareScope(),
                row.value("prefix"),
                row.value("firstname"),
                row.value("middlename"),
                row.value("lastname"),
                row.value("suffix"),
                date(row, "dob"),
                gender(row),
                row.value("taxvat"),
                dateTime(row, "created_at").orElse(now),
                now,
                row.value("created_in") == null ? store.name() : row.value("created_in"),
                passwordHash(row, null),
                secret(row, "confirmation"),
                secret(row, "rp_token"),
                dateTime(row, "rp_token_created_at").orElse(null),
                flag(row, "disable_auto_group_change", 0),
                null,
                null,
                null,
                integer(row, "failures_num", 0),
                dateTime(row, "first_failure").orElse(null),
                dateTime(row, "lock_expires").orElse(null));
    }

    /**
     * An existing customer with the row's columns written over it: a column the file has replaces the
     * stored value (an empty cell clears it), one it lacks keeps it. Email and website stay; an empty
     * {@code _store} keeps the customer's store view and an empty {@code password_hash} the stored hash.
     */
    CustomerRow updated(ImportRow row, CustomerRow c, LocalDateTime now) {
        StoreId storeId = row.value(STORE) == null
                ? c.storeId()
                : context.storeView(row.value(STORE)).orElseThrow().id();
        int groupId = row.value("group_id") == null
                ? c.groupId()
                : nonZero(ImportValues.integer(row.value("group_id")).orElse(0), c.groupId());
        return new CustomerRow(
                c.id(),
                c.websiteId(),
                storeId,
                groupId,
                c.email(),
                c.emailKey(),
                c.shareScope(),
                text(row, "prefix", c.prefix()),
                text(row, "firstname", c.firstname()),
                text(row, "middlename", c.middlename()),
                text(row, "lastname", c.lastname()),
                text(row, "suffix", c.suffix()),
                row.has("dob") ? date(row, "dob") : c.dob(),
                row.has("gender") ? gender(row) : c.gender(),
                text(row, "taxvat", c.taxvat()),
                row.value("created_at") == null
                        ? c.createdAt()
                        : dateTime(row, "created_at").orElseThrow(),
                now,
                text(row, "created_in", c.createdIn()),
                passwordHash(row, c.passwordHash()),
                row.has("confirmation") ? secret(row, "confirmation") : c.confirmationHash(),
                row.has("rp_token") ? secret(row, "rp_token") : c.resetTokenHash(),
                row.has("rp_token_created_at")
                        ? dateTime(row, "rp_token_created_at").orElse(null)
                        : c.resetTokenCreatedAt(),
                row.value("disable_auto_group_change") == null
                        ? c.disableAutoGroupChange()
                        : flag(row, "disable_auto_group_change", c.disableAutoGroupChange()),
                c.defaultBilling(),
                c.defaultShipping(),
                c.subscriberStatus(),
                row.has("failures_num") ? integer(row, "failures_num", 0) : c.failuresNum(),
                row.has("first_failure") ? dateTime(row, "first_failure").orElse(null) : c.firstFailure(),
                row.has("lock_expires") ? dateTime(row, "lock_expires").orElse(null) : c.lockExpires());
    }

    private String passwordHash(ImportRow row, String stored) {
        String password = row.value(PASSWORD);
        if (password != null) {
            return hasher.hash(password);
        }
        String hash = row.value("password_hash");
        return hash == null ? stored : hash;
    }

    private static String text(ImportRow row, String column, String stored) {
        return row.has(column) ? row.value(column) : stored;
    }

    private static String secret(ImportRow row, String column) {
        String value = row.value(column);
        return value == null ? null : SecretToken.sha256(value);
    }

    private static LocalDate date(ImportRow row, String column) {
        String value = row.value(column);
        return value == null ? null : ImportValues.date(value).orElse(null);
    }

    private static Optional<LocalDateTime> dateTime(ImportRow row, String column) {
        String value = row.value(column);
        return value == null ? Optional.empty() : ImportValues.dateTime(value);
    }

    private static Integer gender(ImportRow row) {
        String value = row.value("gender");
        return value == null ? null : ImportValues.gender(value);
    }

    private static int flag(ImportRow row, String column, int otherwise) {
        String value = row.value(column);
        return value == null ? otherwise : ImportValues.flag(value).orElse(0);
    }

    private static int integer(ImportRow row, String column, int otherwise) {
        String value = row.value(column);
        return value == null ? otherwise : ImportValues.integer(value).orElse(otherwise);
    }

    private static int nonZero(int value, int otherwise) {
        return value == 0 ? otherwise : value;
    }
}
