-- The tables a Magento 2.4.8 shop keeps its customers in, as MySQL DDL written from Magento's declarative
-- schema (column types, lengths, nullability, defaults, ON UPDATE, keys and the foreign keys among these
-- tables; the EAV tables are in magento-2.4.8-eav-tables.sql, loaded after this one).
-- Sources, in magento/magento2 (the versions stored by the code index; their headers are those of the
-- 2.4.8 line, the tag itself was not checked out):
--   store_website, store_group, store: app/code/Magento/Store/etc/db_schema.xml
--       @ 1d0316d756987e4453c38bb432eee03153a7fec0
--   customer_group, customer_entity, customer_address_entity: app/code/Magento/Customer/etc/db_schema.xml
--       @ 05da4bc1dc899598042daaa65c6d7e0d1898abb9
--   newsletter_subscriber: app/code/Magento/Newsletter/etc/db_schema.xml
--       @ 13ef5082dd7e41c6ebcc361c548b7a1fce1c753b
--   jwt_auth_revoked: app/code/Magento/JwtUserToken/etc/db_schema.xml
--       @ 05da4bc1dc899598042daaa65c6d7e0d1898abb9
-- Magento's declarative installer maps xsi:type="timestamp" on_update="true" to
-- TIMESTAMP ... ON UPDATE CURRENT_TIMESTAMP and "int" to int(10) unsigned, as below.

-- ids 0 (admin) are inserted as Magento's installer does, with NO_AUTO_VALUE_ON_ZERO
SET SESSION sql_mode = CONCAT(@@sql_mode, ',NO_AUTO_VALUE_ON_ZERO');

CREATE TABLE store_website (
    website_id       SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT COMMENT 'Website ID',
    code             VARCHAR(32) NULL COMMENT 'Code',
    name             VARCHAR(64) NULL COMMENT 'Website Name',
    sort_order       SMALLINT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Sort Order',
    default_group_id SMALLINT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Default Group ID',
    is_default       SMALLINT UNSIGNED NULL DEFAULT 0 COMMENT 'Defines Is Website Default',
    PRIMARY KEY (website_id),
    UNIQUE KEY STORE_WEBSITE_CODE (code),
    KEY STORE_WEBSITE_SORT_ORDER (sort_order),
    KEY STORE_WEBSITE_DEFAULT_GROUP_ID (default_group_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Websites';

CREATE TABLE store_group (
    group_id         SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT COMMENT 'Group ID',
    website_id       SMALLINT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Website ID',
    name             VARCHAR(255) NOT NULL COMMENT 'Store Group Name',
    root_category_id INT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Root Category ID',
    default_store_id SMALLINT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Default Store ID',
    code             VARCHAR(32) NULL COMMENT 'Store group unique code',
    PRIMARY KEY (group_id),
    UNIQUE KEY STORE_GROUP_CODE (code),
    KEY STORE_GROUP_WEBSITE_ID (website_id),
    KEY STORE_GROUP_DEFAULT_STORE_ID (default_store_id),
    CONSTRAINT STORE_GROUP_WEBSITE_ID_STORE_WEBSITE_WEBSITE_ID FOREIGN KEY (website_id)
        REFERENCES store_website (website_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Store Groups';

CREATE TABLE store (
    store_id   SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT COMMENT 'Store ID',
    code       VARCHAR(32) NULL COMMENT 'Code',
    website_id SMALLINT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Website ID',
    group_id   SMALLINT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Group ID',
    name       VARCHAR(255) NOT NULL COMMENT 'Store Name',
    sort_order SMALLINT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Store Sort Order',
    is_active  SMALLINT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Store Activity',
    PRIMARY KEY (store_id),
    UNIQUE KEY STORE_CODE (code),
    KEY STORE_WEBSITE_ID (website_id),
    KEY STORE_IS_ACTIVE_SORT_ORDER (is_active, sort_order),
    KEY STORE_GROUP_ID (group_id),
    CONSTRAINT STORE_GROUP_ID_STORE_GROUP_GROUP_ID FOREIGN KEY (group_id)
        REFERENCES store_group (group_id) ON DELETE CASCADE,
    CONSTRAINT STORE_WEBSITE_ID_STORE_WEBSITE_WEBSITE_ID FOREIGN KEY (website_id)
        REFERENCES store_website (website_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Stores';

CREATE TABLE customer_group (
    customer_group_id   INT UNSIGNED NOT NULL AUTO_INCREMENT,
    customer_group_code VARCHAR(32) NOT NULL COMMENT 'Customer Group Code',
    tax_class_id        INT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Tax Class ID',
    PRIMARY KEY (customer_group_id),
    KEY CUSTOMER_GROUP_CUSTOMER_GROUP_CODE (customer_group_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Customer Group';

CREATE TABLE customer_entity (
    entity_id                 INT UNSIGNED NOT NULL AUTO_INCREMENT COMMENT 'Entity ID',
    website_id                SMALLINT UNSIGNED NULL COMMENT 'Website ID',
    email                     VARCHAR(255) NULL COMMENT 'Email',
    group_id                  SMALLINT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Group ID',
    increment_id              VARCHAR(50) NULL COMMENT 'Increment ID',
    store_id                  SMALLINT UNSIGNED NULL DEFAULT 0 COMMENT 'Store ID',
    created_at                TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'Created At',
    updated_at                TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
                                  COMMENT 'Updated At',
    is_active                 SMALLINT UNSIGNED NOT NULL DEFAULT 1 COMMENT 'Is Active',
    disable_auto_group_change SMALLINT UNSIGNED NOT NULL DEFAULT 0
                                  COMMENT 'Disable automatic group change based on VAT ID',
    created_in                VARCHAR(255) NULL COMMENT 'Created From',
    prefix                    VARCHAR(40) NULL COMMENT 'Name Prefix',
    firstname                 VARCHAR(255) NULL COMMENT 'First Name',
    middlename                VARCHAR(255) NULL COMMENT 'Middle Name/Initial',
    lastname                  VARCHAR(255) NULL COMMENT 'Last Name',
    suffix                    VARCHAR(40) NULL COMMENT 'Name Suffix',
    dob                       DATE NULL COMMENT 'Date of Birth',
    password_hash             VARCHAR(128) NULL COMMENT 'Password_hash',
    rp_token                  VARCHAR(128) NULL COMMENT 'Reset password token',
    rp_token_created_at       DATETIME NULL COMMENT 'Reset password token creation time',
    default_billing           INT UNSIGNED NULL COMMENT 'Default Billing Address',
    default_shipping          INT UNSIGNED NULL COMMENT 'Default Shipping Address',
    taxvat                    VARCHAR(50) NULL COMMENT 'Tax/VAT Number',
    confirmation              VARCHAR(64) NULL COMMENT 'Is Confirmed',
    gender                    SMALLINT UNSIGNED NULL COMMENT 'Gender',
    failures_num              SMALLINT NULL DEFAULT 0 COMMENT 'Failure Number',
    first_failure             TIMESTAMP NULL COMMENT 'First Failure',
    lock_expires              TIMESTAMP NULL COMMENT 'Lock Expiration Date',
    session_cutoff            TIMESTAMP NULL COMMENT 'Session Cutoff Time',
    PRIMARY KEY (entity_id),
    UNIQUE KEY CUSTOMER_ENTITY_EMAIL_WEBSITE_ID (email, website_id),
    KEY CUSTOMER_ENTITY_STORE_ID (store_id),
    KEY CUSTOMER_ENTITY_WEBSITE_ID (website_id),
    KEY CUSTOMER_ENTITY_FIRSTNAME (firstname),
    KEY CUSTOMER_ENTITY_LASTNAME (lastname),
    CONSTRAINT CUSTOMER_ENTITY_STORE_ID_STORE_STORE_ID FOREIGN KEY (store_id)
        REFERENCES store (store_id) ON DELETE SET NULL,
    CONSTRAINT CUSTOMER_ENTITY_WEBSITE_ID_STORE_WEBSITE_WEBSITE_ID FOREIGN KEY (website_id)
        REFERENCES store_website (website_id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Customer Entity';

CREATE TABLE customer_address_entity (
    entity_id           INT UNSIGNED NOT NULL AUTO_INCREMENT COMMENT 'Entity ID',
    increment_id        VARCHAR(50) NULL COMMENT 'Increment ID',
    parent_id           INT UNSIGNED NULL COMMENT 'Parent ID',
    created_at          TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'Created At',
    updated_at          TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT 'Updated At',
    is_active           SMALLINT UNSIGNED NOT NULL DEFAULT 1 COMMENT 'Is Active',
    city                VARCHAR(255) NOT NULL COMMENT 'City',
    company             VARCHAR(255) NULL COMMENT 'Company',
    country_id          VARCHAR(255) NOT NULL COMMENT 'Country',
    fax                 VARCHAR(255) NULL COMMENT 'Fax',
    firstname           VARCHAR(255) NOT NULL COMMENT 'First Name',
    lastname            VARCHAR(255) NOT NULL COMMENT 'Last Name',
    middlename          VARCHAR(255) NULL COMMENT 'Middle Name',
    postcode            VARCHAR(255) NULL COMMENT 'Zip/Postal Code',
    prefix              VARCHAR(40) NULL COMMENT 'Name Prefix',
    region              VARCHAR(255) NULL COMMENT 'State/Province',
    region_id           INT UNSIGNED NULL COMMENT 'State/Province',
    street              TEXT NOT NULL COMMENT 'Street Address',
    suffix              VARCHAR(40) NULL COMMENT 'Name Suffix',
    telephone           VARCHAR(255) NOT NULL COMMENT 'Phone Number',
    vat_id              VARCHAR(255) NULL COMMENT 'VAT number',
    vat_is_valid        INT UNSIGNED NULL COMMENT 'VAT number validity',
    vat_request_date    VARCHAR(255) NULL COMMENT 'VAT number validation request date',
    vat_request_id      VARCHAR(255) NULL COMMENT 'VAT number validation request ID',
    vat_request_success INT UNSIGNED NULL COMMENT 'VAT number validation request success',
    PRIMARY KEY (entity_id),
    KEY CUSTOMER_ADDRESS_ENTITY_PARENT_ID (parent_id),
    CONSTRAINT CUSTOMER_ADDRESS_ENTITY_PARENT_ID_CUSTOMER_ENTITY_ENTITY_ID FOREIGN KEY (parent_id)
        REFERENCES customer_entity (entity_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Customer Address Entity';

CREATE TABLE newsletter_subscriber (
    subscriber_id           INT UNSIGNED NOT NULL AUTO_INCREMENT COMMENT 'Subscriber ID',
    store_id                SMALLINT UNSIGNED NULL DEFAULT 0 COMMENT 'Store ID',
    change_status_at        TIMESTAMP NULL COMMENT 'Change Status At',
    customer_id             INT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Customer ID',
    subscriber_email        VARCHAR(150) NULL COMMENT 'Subscriber Email',
    subscriber_status       INT NOT NULL DEFAULT 0 COMMENT 'Subscriber Status',
    subscriber_confirm_code VARCHAR(32) NULL DEFAULT NULL COMMENT 'Subscriber Confirm Code',
    PRIMARY KEY (subscriber_id),
    KEY NEWSLETTER_SUBSCRIBER_CUSTOMER_ID (customer_id),
    KEY NEWSLETTER_SUBSCRIBER_STORE_ID (store_id),
    KEY NEWSLETTER_SUBSCRIBER_SUBSCRIBER_EMAIL (subscriber_email),
    CONSTRAINT NEWSLETTER_SUBSCRIBER_STORE_ID_STORE_STORE_ID FOREIGN KEY (store_id)
        REFERENCES store (store_id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Newsletter Subscriber';

CREATE TABLE jwt_auth_revoked (
    user_type_id  INT UNSIGNED NOT NULL COMMENT 'User Type ID',
    user_id       INT UNSIGNED NOT NULL COMMENT 'User ID',
    revoke_before BIGINT UNSIGNED NOT NULL COMMENT 'Not accepting tokens issued before this timestamp',
    PRIMARY KEY (user_type_id, user_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Holds revoked JWT authentication data';

-- What Magento's setup writes into these tables on install (Store and Customer data patches).
INSERT INTO store_website (website_id, code, name, sort_order, default_group_id, is_default)
    VALUES (0, 'admin', 'Admin', 0, 0, 0), (1, 'base', 'Main Website', 0, 1, 1);
INSERT INTO store_group (group_id, website_id, name, root_category_id, default_store_id, code)
    VALUES (0, 0, 'Default', 0, 0, 'default'), (1, 1, 'Main Website Store', 2, 1, 'main_website_store');
INSERT INTO store (store_id, code, website_id, group_id, name, sort_order, is_active)
    VALUES (0, 'admin', 0, 0, 'Admin', 0, 1), (1, 'default', 1, 1, 'Default Store View', 0, 1);
INSERT INTO customer_group (customer_group_id, customer_group_code, tax_class_id)
    VALUES (0, 'NOT LOGGED IN', 3), (1, 'General', 3), (2, 'Wholesale', 3), (3, 'Retailer', 3);
