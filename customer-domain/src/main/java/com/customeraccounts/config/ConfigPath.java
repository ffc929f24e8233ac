package com.customeraccounts.config;

/** The config paths this service reads; Magento's own names where Magento has the setting. */
public final class ConfigPath {

    public static final String ACCOUNT_SHARE_SCOPE = "customer/account_share/scope";
    public static final String CONFIRM = "customer/create_account/confirm";
    public static final String DEFAULT_GROUP = "customer/create_account/default_group";
    public static final String REDIRECT_ALLOWED_ORIGINS = "customer/create_account/redirect_allowed_origins";
    public static final String MINIMUM_PASSWORD_LENGTH = "customer/password/minimum_password_length";
    public static final String REQUIRED_CHARACTER_CLASSES = "customer/password/required_character_classes_number";
    public static final String RESET_LINK_EXPIRATION_PERIOD = "customer/password/reset_link_expiration_period";
    public static final String RESET_PROTECTION_TYPE = "customer/password/password_reset_protection_type";
    public static final String MAX_RESET_REQUESTS = "customer/password/max_number_password_reset_requests";
    public static final String MIN_TIME_BETWEEN_RESET_REQUESTS =
            "customer/password/min_time_between_password_reset_requests";
    public static final String SUPPORT_IDENTITY_EMAIL = "trans_email/ident_support/email";
    public static final String SUPPORT_IDENTITY_NAME = "trans_email/ident_support/name";
    public static final String LOCKOUT_FAILURES = "customer/password/lockout_failures";
    public static final String LOCKOUT_THRESHOLD = "customer/password/lockout_threshold";
    public static final String STREET_LINES = "customer/address/street_lines";
    public static final String TELEPHONE_SHOW = "customer/address/telephone_show";
    public static final String COMPANY_SHOW = "customer/address/company_show";
    public static final String FAX_SHOW = "customer/address/fax_show";
    public static final String PREFIX_SHOW = "customer/address/prefix_show";
    public static final String SUFFIX_SHOW = "customer/address/suffix_show";
    public static final String MIDDLENAME_SHOW = "customer/address/middlename_show";
    public static final String GENDER_SHOW = "customer/address/gender_show";
    public static final String TAXVAT_SHOW = "customer/address/taxvat_show";
    public static final String ENABLE_GUEST_CHECKOUT_LOGIN = "checkout/options/enable_guest_checkout_login";
    public static final String COUNTRY_ALLOW = "general/country/allow";
    public static final String OPTIONAL_ZIP_COUNTRIES = "general/country/optional_zip_countries";
    public static final String STATE_REQUIRED = "general/region/state_required";
    public static final String TIMEZONE = "general/locale/timezone";
    public static final String SECURE_BASE_URL = "web/secure/base_url";
    public static final String STORE_NAME = "general/store_information/name";
    public static final String GENERAL_IDENTITY_NAME = "trans_email/ident_general/name";
    public static final String GENERAL_IDENTITY_EMAIL = "trans_email/ident_general/email";
    public static final String NEWSLETTER_ACTIVE = "newsletter/general/active";
    public static final String NEWSLETTER_CONFIRM = "newsletter/subscription/confirm";
    public static final String INPUT_LIMIT_ENABLED = "webapi/validation/input_limit_enabled";
    public static final String COMPLEX_ARRAY_LIMIT = "webapi/validation/complex_array_limit";
    public static final String MAXIMUM_PAGE_SIZE = "webapi/validation/maximum_page_size";
    public static final String DEFAULT_PAGE_SIZE = "webapi/validation/default_page_size";
    /** Not a Magento setting: the bcrypt cost factor that replaces Magento's Argon2id. */
    public static final String BCRYPT_COST = "password.bcrypt.cost";
    /** Not a Magento setting: days a sent email's row is kept for the admin's email history. */
    public static final String OUTBOX_RETENTION_DAYS = "outbox.retention_days";
    /** Not a Magento setting: hours an email is retried after transient failures before it is given up. */
    public static final String OUTBOX_MAX_AGE_HOURS = "outbox.max_age_hours";
    /**
     * Not a Magento setting: seconds an instance's claim on an email or event lasts without a renewal (it renews
     * every third of it), which is how long a dead instance's claimed emails wait for another instance.
     */
    public static final String OUTBOX_LEASE_SECONDS = "outbox.lease_seconds";
    /** Not a Magento setting: days the history of a deleted customer is kept (without its client addresses). */
    public static final String AUDIT_RETENTION_DAYS = "audit.retention_days";
    /** Not a Magento setting: hours an {@code Idempotency-Key}'s first answer is kept for its retries. */
    public static final String IDEMPOTENCY_TTL_HOURS = "idempotency.ttl_hours";
    /** Not a Magento setting: seconds the oldest due email may wait before the service reports itself not ready. */
    public static final String HEALTH_OUTBOX_MAX_LAG_SECONDS = "health.outbox.max_lag_seconds";
    /** Not a Magento setting: {@code text} (Payara's lines, each with its request id) or {@code json} (one object a line). */
    public static final String LOG_FORMAT = "log.format";
    /**
     * Not a Magento setting: on SIGTERM, how long requests in flight (and the email being handed to SMTP) may
     * take before the process exits anyway.
     */
    public static final String SHUTDOWN_GRACE_SECONDS = "shutdown.grace_seconds";
    /** Not a Magento setting: the largest body {@code POST /V1/import/csv} accepts, in bytes. */
    public static final String IMPORT_MAX_BODY_BYTES = "import.max_body_bytes";
    /** The Magento database a migration run pulls from (JDBC URL, read-only user and its password). */
    public static final String MAGENTO_DB_URL = "magento.db.url";

    public static final String MAGENTO_DB_USER = "magento.db.user";
    public static final String MAGENTO_DB_PASSWORD = "magento.db.password";
    public static final String INTEGRATION_AS_BEARER = "oauth/consumer/enable_integration_as_bearer";
    public static final String ADMIN_TOKEN_LIFETIME_HOURS = "oauth/access_token_lifetime/admin";
    public static final String CUSTOMER_TOKEN_LIFETIME_HOURS = "oauth/access_token_lifetime/customer";
    public static final String TOKEN_REQUEST_MAX_FAILURES = "oauth/authentication_lock/max_failures_count";
    public static final String TOKEN_REQUEST_LOCK_SECONDS = "oauth/authentication_lock/timeout";
    /**
     * Not a Magento setting: the shop's {@code crypt/key} from Magento's {@code env.php}, so that customer
     * tokens Magento issued keep working after the move. Read from the environment only.
     */
    public static final String MAGENTO_CRYPT_KEY = "magento.crypt.key";

    private ConfigPath() {}
}
