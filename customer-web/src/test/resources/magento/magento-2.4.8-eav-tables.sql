-- Magento 2.4.8 EAV tables a customer pull may read: eav_entity_type, eav_attribute, eav_attribute_option,
-- eav_attribute_option_value, customer_eav_attribute and the customer / customer address EAV value tables.
-- MySQL/MariaDB DDL written by hand from Magento's declarative schema, following the conventions of
-- magento-2.4.8-customer-tables.sql beside it (loaded first:
-- the value tables have foreign keys to customer_entity, customer_address_entity and store).
-- Sources, in magento/magento2 (the versions the code index stores; the 2.4.8 tag itself was NOT checked
-- out, because the repository is too large to mirror here):
--   eav_entity_type, eav_attribute, eav_attribute_option, eav_attribute_option_value:
--       app/code/Magento/Eav/etc/db_schema.xml @ 021c1e2ee89871faebaeb24e1514b35596d80fd5
--       (header "Copyright (c) Magento, Inc.", no padding="" attributes, so it is from the 2.4 line; an older
--       stored version, e4e904e6c139d22ac7db174ac3b9e235d63ed81e, has padding="" and the same columns,
--       keys and foreign keys for these four tables)
--   customer_eav_attribute, customer_entity_{datetime,decimal,int,text,varchar},
--   customer_address_entity_{datetime,decimal,int,text,varchar}:
--       app/code/Magento/Customer/etc/db_schema.xml @ 05da4bc1dc899598042daaa65c6d7e0d1898abb9
--       (header "Copyright 2024 Adobe", the same version the customer-tables file above was written from)
-- Mapping: xsi:type="smallint"/"int" with unsigned="true" -> SMALLINT/INT UNSIGNED, unsigned="false" ->
-- signed; identity="true" -> AUTO_INCREMENT; "text" -> TEXT; "decimal" precision 12 scale 4 ->
-- DECIMAL(12,4); "datetime" -> DATETIME. Constraint and index names are Magento's referenceIds.
-- Left out on purpose: the Eav value tables (eav_entity_*), eav_attribute_set/group, eav_entity_attribute,
-- eav_attribute_label, customer_form_attribute, customer_eav_attribute_website.

-- ---------------------------------------------------------------------------------------------------------
-- Eav module
-- ---------------------------------------------------------------------------------------------------------

CREATE TABLE eav_entity_type (
    entity_type_id              SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT COMMENT 'Entity Type ID',
    entity_type_code            VARCHAR(50) NOT NULL COMMENT 'Entity Type Code',
    entity_model                VARCHAR(255) NOT NULL COMMENT 'Entity Model',
    attribute_model             VARCHAR(255) NULL COMMENT 'Attribute Model',
    entity_table                VARCHAR(255) NULL COMMENT 'Entity Table',
    value_table_prefix          VARCHAR(255) NULL COMMENT 'Value Table Prefix',
    entity_id_field             VARCHAR(255) NULL COMMENT 'Entity ID Field',
    is_data_sharing             SMALLINT UNSIGNED NOT NULL DEFAULT 1 COMMENT 'Defines Is Data Sharing',
    data_sharing_key            VARCHAR(100) NULL DEFAULT 'default' COMMENT 'Data Sharing Key',
    default_attribute_set_id    SMALLINT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Default Attribute Set ID',
    increment_model             VARCHAR(255) NULL COMMENT 'Increment Model',
    increment_per_store         SMALLINT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Increment Per Store',
    increment_pad_length        SMALLINT UNSIGNED NOT NULL DEFAULT 8 COMMENT 'Increment Pad Length',
    increment_pad_char          VARCHAR(1) NOT NULL DEFAULT '0' COMMENT 'Increment Pad Char',
    additional_attribute_table  VARCHAR(255) NULL COMMENT 'Additional Attribute Table',
    entity_attribute_collection VARCHAR(255) NULL COMMENT 'Entity Attribute Collection',
    PRIMARY KEY (entity_type_id),
    KEY EAV_ENTITY_TYPE_ENTITY_TYPE_CODE (entity_type_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Eav Entity Type';

CREATE TABLE eav_attribute (
    attribute_id    SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT COMMENT 'Attribute ID',
    entity_type_id  SMALLINT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Entity Type ID',
    attribute_code  VARCHAR(255) NOT NULL COMMENT 'Attribute Code',
    attribute_model VARCHAR(255) NULL COMMENT 'Attribute Model',
    backend_model   VARCHAR(255) NULL COMMENT 'Backend Model',
    backend_type    VARCHAR(8) NOT NULL DEFAULT 'static' COMMENT 'Backend Type',
    backend_table   VARCHAR(255) NULL COMMENT 'Backend Table',
    frontend_model  VARCHAR(255) NULL COMMENT 'Frontend Model',
    frontend_input  VARCHAR(50) NULL COMMENT 'Frontend Input',
    frontend_label  VARCHAR(255) NULL COMMENT 'Frontend Label',
    frontend_class  VARCHAR(255) NULL COMMENT 'Frontend Class',
    source_model    VARCHAR(255) NULL COMMENT 'Source Model',
    is_required     SMALLINT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Defines Is Required',
    is_user_defined SMALLINT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Defines Is User Defined',
    default_value   TEXT NULL COMMENT 'Default Value',
    is_unique       SMALLINT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Defines Is Unique',
    note            VARCHAR(255) NULL COMMENT 'Note',
    PRIMARY KEY (attribute_id),
    UNIQUE KEY EAV_ATTRIBUTE_ENTITY_TYPE_ID_ATTRIBUTE_CODE (entity_type_id, attribute_code),
    KEY EAV_ATTRIBUTE_FRONTEND_INPUT_ENTITY_TYPE_ID_IS_USER_DEFINED (frontend_input, entity_type_id, is_user_defined),
    CONSTRAINT EAV_ATTRIBUTE_ENTITY_TYPE_ID_EAV_ENTITY_TYPE_ENTITY_TYPE_ID FOREIGN KEY (entity_type_id)
        REFERENCES eav_entity_type (entity_type_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Eav Attribute';

CREATE TABLE eav_attribute_option (
    option_id    INT UNSIGNED NOT NULL AUTO_INCREMENT COMMENT 'Option ID',
    attribute_id SMALLINT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Attribute ID',
    sort_order   SMALLINT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Sort Order',
    PRIMARY KEY (option_id),
    KEY EAV_ATTRIBUTE_OPTION_ATTRIBUTE_ID (attribute_id),
    CONSTRAINT EAV_ATTRIBUTE_OPTION_ATTRIBUTE_ID_EAV_ATTRIBUTE_ATTRIBUTE_ID FOREIGN KEY (attribute_id)
        REFERENCES eav_attribute (attribute_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Eav Attribute Option';

-- No unique key on (option_id, store_id) in Magento's schema: only the two plain indexes below.
CREATE TABLE eav_attribute_option_value (
    value_id  INT UNSIGNED NOT NULL AUTO_INCREMENT COMMENT 'Value ID',
    option_id INT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Option ID',
    store_id  SMALLINT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Store ID',
    value     VARCHAR(255) NULL COMMENT 'Value',
    PRIMARY KEY (value_id),
    KEY EAV_ATTRIBUTE_OPTION_VALUE_OPTION_ID (option_id),
    KEY EAV_ATTRIBUTE_OPTION_VALUE_STORE_ID (store_id),
    CONSTRAINT EAV_ATTR_OPT_VAL_OPT_ID_EAV_ATTR_OPT_OPT_ID FOREIGN KEY (option_id)
        REFERENCES eav_attribute_option (option_id) ON DELETE CASCADE,
    CONSTRAINT EAV_ATTRIBUTE_OPTION_VALUE_STORE_ID_STORE_STORE_ID FOREIGN KEY (store_id)
        REFERENCES store (store_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Eav Attribute Option Value';

-- ---------------------------------------------------------------------------------------------------------
-- Customer module
-- ---------------------------------------------------------------------------------------------------------

-- attribute_id is not AUTO_INCREMENT here (identity="false"): it is eav_attribute.attribute_id.
CREATE TABLE customer_eav_attribute (
    attribute_id               SMALLINT UNSIGNED NOT NULL COMMENT 'Attribute ID',
    is_visible                 SMALLINT UNSIGNED NOT NULL DEFAULT 1 COMMENT 'Is Visible',
    input_filter               VARCHAR(255) NULL COMMENT 'Input Filter',
    multiline_count            SMALLINT UNSIGNED NOT NULL DEFAULT 1 COMMENT 'Multiline Count',
    validate_rules             TEXT NULL COMMENT 'Validate Rules',
    is_system                  SMALLINT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Is System',
    sort_order                 INT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Sort Order',
    data_model                 VARCHAR(255) NULL COMMENT 'Data Model',
    is_used_in_grid            SMALLINT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Is Used in Grid',
    is_visible_in_grid         SMALLINT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Is Visible in Grid',
    is_filterable_in_grid      SMALLINT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Is Filterable in Grid',
    is_searchable_in_grid      SMALLINT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Is Searchable in Grid',
    grid_filter_condition_type SMALLINT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Grid Filter Condition Type',
    PRIMARY KEY (attribute_id),
    KEY CUSTOMER_EAV_ATTRIBUTE_SORT_ORDER (sort_order),
    CONSTRAINT CUSTOMER_EAV_ATTRIBUTE_ATTRIBUTE_ID_EAV_ATTRIBUTE_ATTRIBUTE_ID FOREIGN KEY (attribute_id)
        REFERENCES eav_attribute (attribute_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Customer Eav Attribute';

-- Customer value tables. Unlike eav_entity_* they have no entity_type_id and no store_id column, and
-- value_id is a SIGNED int (unsigned="false"). One row per (entity_id, attribute_id).

CREATE TABLE customer_entity_datetime (
    value_id     INT NOT NULL AUTO_INCREMENT COMMENT 'Value ID',
    attribute_id SMALLINT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Attribute ID',
    entity_id    INT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Entity ID',
    value        DATETIME NULL COMMENT 'Value',
    PRIMARY KEY (value_id),
    UNIQUE KEY CUSTOMER_ENTITY_DATETIME_ENTITY_ID_ATTRIBUTE_ID (entity_id, attribute_id),
    KEY CUSTOMER_ENTITY_DATETIME_ATTRIBUTE_ID (attribute_id),
    KEY CUSTOMER_ENTITY_DATETIME_ENTITY_ID_ATTRIBUTE_ID_VALUE (entity_id, attribute_id, value),
    CONSTRAINT CUSTOMER_ENTITY_DATETIME_ATTRIBUTE_ID_EAV_ATTRIBUTE_ATTRIBUTE_ID FOREIGN KEY (attribute_id)
        REFERENCES eav_attribute (attribute_id) ON DELETE CASCADE,
    CONSTRAINT CUSTOMER_ENTITY_DATETIME_ENTITY_ID_CUSTOMER_ENTITY_ENTITY_ID FOREIGN KEY (entity_id)
        REFERENCES customer_entity (entity_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Customer Entity Datetime';

CREATE TABLE customer_entity_decimal (
    value_id     INT NOT NULL AUTO_INCREMENT COMMENT 'Value ID',
    attribute_id SMALLINT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Attribute ID',
    entity_id    INT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Entity ID',
    value        DECIMAL(12,4) NOT NULL DEFAULT 0 COMMENT 'Value',
    PRIMARY KEY (value_id),
    UNIQUE KEY CUSTOMER_ENTITY_DECIMAL_ENTITY_ID_ATTRIBUTE_ID (entity_id, attribute_id),
    KEY CUSTOMER_ENTITY_DECIMAL_ATTRIBUTE_ID (attribute_id),
    KEY CUSTOMER_ENTITY_DECIMAL_ENTITY_ID_ATTRIBUTE_ID_VALUE (entity_id, attribute_id, value),
    CONSTRAINT CUSTOMER_ENTITY_DECIMAL_ATTRIBUTE_ID_EAV_ATTRIBUTE_ATTRIBUTE_ID FOREIGN KEY (attribute_id)
        REFERENCES eav_attribute (attribute_id) ON DELETE CASCADE,
    CONSTRAINT CUSTOMER_ENTITY_DECIMAL_ENTITY_ID_CUSTOMER_ENTITY_ENTITY_ID FOREIGN KEY (entity_id)
        REFERENCES customer_entity (entity_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Customer Entity Decimal';

CREATE TABLE customer_entity_int (
    value_id     INT NOT NULL AUTO_INCREMENT COMMENT 'Value ID',
    attribute_id SMALLINT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Attribute ID',
    entity_id    INT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Entity ID',
    value        INT NOT NULL DEFAULT 0 COMMENT 'Value',
    PRIMARY KEY (value_id),
    UNIQUE KEY CUSTOMER_ENTITY_INT_ENTITY_ID_ATTRIBUTE_ID (entity_id, attribute_id),
    KEY CUSTOMER_ENTITY_INT_ATTRIBUTE_ID (attribute_id),
    KEY CUSTOMER_ENTITY_INT_ENTITY_ID_ATTRIBUTE_ID_VALUE (entity_id, attribute_id, value),
    CONSTRAINT CUSTOMER_ENTITY_INT_ATTRIBUTE_ID_EAV_ATTRIBUTE_ATTRIBUTE_ID FOREIGN KEY (attribute_id)
        REFERENCES eav_attribute (attribute_id) ON DELETE CASCADE,
    CONSTRAINT CUSTOMER_ENTITY_INT_ENTITY_ID_CUSTOMER_ENTITY_ENTITY_ID FOREIGN KEY (entity_id)
        REFERENCES customer_entity (entity_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Customer Entity Int';

-- text: no (entity_id, attribute_id, value) index (TEXT value), value NOT NULL without default.
CREATE TABLE customer_entity_text (
    value_id     INT NOT NULL AUTO_INCREMENT COMMENT 'Value ID',
    attribute_id SMALLINT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Attribute ID',
    entity_id    INT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Entity ID',
    value        TEXT NOT NULL COMMENT 'Value',
    PRIMARY KEY (value_id),
    UNIQUE KEY CUSTOMER_ENTITY_TEXT_ENTITY_ID_ATTRIBUTE_ID (entity_id, attribute_id),
    KEY CUSTOMER_ENTITY_TEXT_ATTRIBUTE_ID (attribute_id),
    CONSTRAINT CUSTOMER_ENTITY_TEXT_ATTRIBUTE_ID_EAV_ATTRIBUTE_ATTRIBUTE_ID FOREIGN KEY (attribute_id)
        REFERENCES eav_attribute (attribute_id) ON DELETE CASCADE,
    CONSTRAINT CUSTOMER_ENTITY_TEXT_ENTITY_ID_CUSTOMER_ENTITY_ENTITY_ID FOREIGN KEY (entity_id)
        REFERENCES customer_entity (entity_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Customer Entity Text';

CREATE TABLE customer_entity_varchar (
    value_id     INT NOT NULL AUTO_INCREMENT COMMENT 'Value ID',
    attribute_id SMALLINT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Attribute ID',
    entity_id    INT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Entity ID',
    value        VARCHAR(255) NULL COMMENT 'Value',
    PRIMARY KEY (value_id),
    UNIQUE KEY CUSTOMER_ENTITY_VARCHAR_ENTITY_ID_ATTRIBUTE_ID (entity_id, attribute_id),
    KEY CUSTOMER_ENTITY_VARCHAR_ATTRIBUTE_ID (attribute_id),
    KEY CUSTOMER_ENTITY_VARCHAR_ENTITY_ID_ATTRIBUTE_ID_VALUE (entity_id, attribute_id, value),
    CONSTRAINT CUSTOMER_ENTITY_VARCHAR_ATTRIBUTE_ID_EAV_ATTRIBUTE_ATTRIBUTE_ID FOREIGN KEY (attribute_id)
        REFERENCES eav_attribute (attribute_id) ON DELETE CASCADE,
    CONSTRAINT CUSTOMER_ENTITY_VARCHAR_ENTITY_ID_CUSTOMER_ENTITY_ENTITY_ID FOREIGN KEY (entity_id)
        REFERENCES customer_entity (entity_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Customer Entity Varchar';

-- Customer address value tables: same shape, foreign key to customer_address_entity, and Magento's
-- shortened (CSTR_ADDR_ENTT_...) foreign key names.

CREATE TABLE customer_address_entity_datetime (
    value_id     INT NOT NULL AUTO_INCREMENT COMMENT 'Value ID',
    attribute_id SMALLINT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Attribute ID',
    entity_id    INT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Entity ID',
    value        DATETIME NULL COMMENT 'Value',
    PRIMARY KEY (value_id),
    UNIQUE KEY CUSTOMER_ADDRESS_ENTITY_DATETIME_ENTITY_ID_ATTRIBUTE_ID (entity_id, attribute_id),
    KEY CUSTOMER_ADDRESS_ENTITY_DATETIME_ATTRIBUTE_ID (attribute_id),
    KEY CUSTOMER_ADDRESS_ENTITY_DATETIME_ENTITY_ID_ATTRIBUTE_ID_VALUE (entity_id, attribute_id, value),
    CONSTRAINT CSTR_ADDR_ENTT_DTIME_ATTR_ID_EAV_ATTR_ATTR_ID FOREIGN KEY (attribute_id)
        REFERENCES eav_attribute (attribute_id) ON DELETE CASCADE,
    CONSTRAINT CSTR_ADDR_ENTT_DTIME_ENTT_ID_CSTR_ADDR_ENTT_ENTT_ID FOREIGN KEY (entity_id)
        REFERENCES customer_address_entity (entity_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Customer Address Entity Datetime';

CREATE TABLE customer_address_entity_decimal (
    value_id     INT NOT NULL AUTO_INCREMENT COMMENT 'Value ID',
    attribute_id SMALLINT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Attribute ID',
    entity_id    INT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Entity ID',
    value        DECIMAL(12,4) NOT NULL DEFAULT 0 COMMENT 'Value',
    PRIMARY KEY (value_id),
    UNIQUE KEY CUSTOMER_ADDRESS_ENTITY_DECIMAL_ENTITY_ID_ATTRIBUTE_ID (entity_id, attribute_id),
    KEY CUSTOMER_ADDRESS_ENTITY_DECIMAL_ATTRIBUTE_ID (attribute_id),
    KEY CUSTOMER_ADDRESS_ENTITY_DECIMAL_ENTITY_ID_ATTRIBUTE_ID_VALUE (entity_id, attribute_id, value),
    CONSTRAINT CSTR_ADDR_ENTT_DEC_ATTR_ID_EAV_ATTR_ATTR_ID FOREIGN KEY (attribute_id)
        REFERENCES eav_attribute (attribute_id) ON DELETE CASCADE,
    CONSTRAINT CSTR_ADDR_ENTT_DEC_ENTT_ID_CSTR_ADDR_ENTT_ENTT_ID FOREIGN KEY (entity_id)
        REFERENCES customer_address_entity (entity_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Customer Address Entity Decimal';

CREATE TABLE customer_address_entity_int (
    value_id     INT NOT NULL AUTO_INCREMENT COMMENT 'Value ID',
    attribute_id SMALLINT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Attribute ID',
    entity_id    INT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Entity ID',
    value        INT NOT NULL DEFAULT 0 COMMENT 'Value',
    PRIMARY KEY (value_id),
    UNIQUE KEY CUSTOMER_ADDRESS_ENTITY_INT_ENTITY_ID_ATTRIBUTE_ID (entity_id, attribute_id),
    KEY CUSTOMER_ADDRESS_ENTITY_INT_ATTRIBUTE_ID (attribute_id),
    KEY CUSTOMER_ADDRESS_ENTITY_INT_ENTITY_ID_ATTRIBUTE_ID_VALUE (entity_id, attribute_id, value),
    CONSTRAINT CSTR_ADDR_ENTT_INT_ATTR_ID_EAV_ATTR_ATTR_ID FOREIGN KEY (attribute_id)
        REFERENCES eav_attribute (attribute_id) ON DELETE CASCADE,
    CONSTRAINT CSTR_ADDR_ENTT_INT_ENTT_ID_CSTR_ADDR_ENTT_ENTT_ID FOREIGN KEY (entity_id)
        REFERENCES customer_address_entity (entity_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Customer Address Entity Int';

CREATE TABLE customer_address_entity_text (
    value_id     INT NOT NULL AUTO_INCREMENT COMMENT 'Value ID',
    attribute_id SMALLINT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Attribute ID',
    entity_id    INT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Entity ID',
    value        TEXT NOT NULL COMMENT 'Value',
    PRIMARY KEY (value_id),
    UNIQUE KEY CUSTOMER_ADDRESS_ENTITY_TEXT_ENTITY_ID_ATTRIBUTE_ID (entity_id, attribute_id),
    KEY CUSTOMER_ADDRESS_ENTITY_TEXT_ATTRIBUTE_ID (attribute_id),
    CONSTRAINT CSTR_ADDR_ENTT_TEXT_ATTR_ID_EAV_ATTR_ATTR_ID FOREIGN KEY (attribute_id)
        REFERENCES eav_attribute (attribute_id) ON DELETE CASCADE,
    CONSTRAINT CSTR_ADDR_ENTT_TEXT_ENTT_ID_CSTR_ADDR_ENTT_ENTT_ID FOREIGN KEY (entity_id)
        REFERENCES customer_address_entity (entity_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Customer Address Entity Text';

CREATE TABLE customer_address_entity_varchar (
    value_id     INT NOT NULL AUTO_INCREMENT COMMENT 'Value ID',
    attribute_id SMALLINT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Attribute ID',
    entity_id    INT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Entity ID',
    value        VARCHAR(255) NULL COMMENT 'Value',
    PRIMARY KEY (value_id),
    UNIQUE KEY CUSTOMER_ADDRESS_ENTITY_VARCHAR_ENTITY_ID_ATTRIBUTE_ID (entity_id, attribute_id),
    KEY CUSTOMER_ADDRESS_ENTITY_VARCHAR_ATTRIBUTE_ID (attribute_id),
    KEY CUSTOMER_ADDRESS_ENTITY_VARCHAR_ENTITY_ID_ATTRIBUTE_ID_VALUE (entity_id, attribute_id, value),
    CONSTRAINT CSTR_ADDR_ENTT_VCHR_ATTR_ID_EAV_ATTR_ATTR_ID FOREIGN KEY (attribute_id)
        REFERENCES eav_attribute (attribute_id) ON DELETE CASCADE,
    CONSTRAINT CSTR_ADDR_ENTT_VCHR_ENTT_ID_CSTR_ADDR_ENTT_ENTT_ID FOREIGN KEY (entity_id)
        REFERENCES customer_address_entity (entity_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Customer Address Entity Varchar';

-- ---------------------------------------------------------------------------------------------------------
-- eav_entity_type rows Magento installs for customer (1) and customer_address (2)
-- ---------------------------------------------------------------------------------------------------------
-- Sources (magento/magento2, stored versions, not the 2.4.8 tag):
--   app/code/Magento/Customer/Setup/Patch/Data/DefaultCustomerGroupsAndAttributes.php
--       @ 1aa4d65e4e56639103d1feb3c3e4399b5943298b
--       apply(): $customerSetup->installEntities(); ... then addEntityType() again for each of
--       getDefaultEntities() (an update of the same rows, same values).
--   app/code/Magento/Customer/Setup/CustomerSetup.php @ 0c5e0788f59874e7efb072dc550381f64f3997fb
--       getDefaultEntities():
--         'customer' => entity_type_id CustomerMetadataInterface::ATTRIBUTE_SET_ID_CUSTOMER (= 1),
--             entity_model Magento\Customer\Model\ResourceModel\Customer,
--             attribute_model Magento\Customer\Model\Attribute, table 'customer_entity',
--             increment_model Magento\Eav\Model\Entity\Increment\NumericValue,
--             additional_attribute_table 'customer_eav_attribute',
--             entity_attribute_collection Magento\Customer\Model\ResourceModel\Attribute\Collection
--         'customer_address' => entity_type_id AddressMetadataInterface::ATTRIBUTE_SET_ID_ADDRESS (= 2),
--             entity_model Magento\Customer\Model\ResourceModel\Address,
--             attribute_model Magento\Customer\Model\Attribute, table 'customer_address_entity',
--             (no increment_model), additional_attribute_table 'customer_eav_attribute',
--             entity_attribute_collection Magento\Customer\Model\ResourceModel\Address\Attribute\Collection
--       (class names resolved from the file's `use` statements.)
--   app/code/Magento/Eav/Setup/EavSetup.php (stored version; read_file id 56232552, commit not reported)
--       addEntityType() writes: entity_type_code, entity_model, attribute_model,
--       entity_table = params['table'] (default 'eav_entity'), value_table_prefix = params['table_prefix']
--       (not given -> NULL), entity_id_field = params['id_field'] (not given -> NULL), increment_model,
--       increment_per_store (default 0), increment_pad_length (default 8), increment_pad_char (default 0),
--       additional_attribute_table, entity_attribute_collection, and entity_type_id when given.
--       is_data_sharing and data_sharing_key are not written -> column defaults 1 and 'default'.
--       addEntityType() also creates attribute set 'Default' with attribute_set_id = entity_type_id, and
--       installEntities() ends with setDefaultSetToEntityType() -> default_attribute_set_id = 1 and 2.
--   The constants: Magento\Customer\Api\CustomerMetadataInterface::ATTRIBUTE_SET_ID_CUSTOMER = 1 and
--       Magento\Customer\Api\AddressMetadataInterface::ATTRIBUTE_SET_ID_ADDRESS = 2 (stored versions).
-- Confirmed from source: every column value below. Not checked: whether a later data patch of 2.4.8 (or a
-- third-party module on the real shop) updates these rows; compare with the real database before relying
-- on anything except entity_type_id / entity_type_code / entity_table.
-- In PHP the class names are single backslashes; in a MySQL string literal each backslash is doubled.

INSERT INTO eav_entity_type (entity_type_id, entity_type_code, entity_model, attribute_model, entity_table,
        value_table_prefix, entity_id_field, is_data_sharing, data_sharing_key, default_attribute_set_id,
        increment_model, increment_per_store, increment_pad_length, increment_pad_char,
        additional_attribute_table, entity_attribute_collection)
VALUES
    (1, 'customer', 'Magento\\Customer\\Model\\ResourceModel\\Customer', 'Magento\\Customer\\Model\\Attribute',
        'customer_entity', NULL, NULL, 1, 'default', 1,
        'Magento\\Eav\\Model\\Entity\\Increment\\NumericValue', 0, 8, '0',
        'customer_eav_attribute', 'Magento\\Customer\\Model\\ResourceModel\\Attribute\\Collection'),
    (2, 'customer_address', 'Magento\\Customer\\Model\\ResourceModel\\Address', 'Magento\\Customer\\Model\\Attribute',
        'customer_address_entity', NULL, NULL, 1, 'default', 2,
        NULL, 0, 8, '0',
        'customer_eav_attribute', 'Magento\\Customer\\Model\\ResourceModel\\Address\\Attribute\\Collection');
-- There is no foreign key from eav_entity_type.default_attribute_set_id, so these rows load without
-- eav_attribute_set rows (which this file does not create).

-- ---------------------------------------------------------------------------------------------------------
-- How option values are stored
-- ---------------------------------------------------------------------------------------------------------
-- Which value table an attribute uses is eav_attribute.backend_type ('static' = a column of the entity
-- table itself, else customer_entity_<backend_type> / customer_address_entity_<backend_type>); read it
-- rather than inferring it from frontend_input.
--
-- select (frontend_input 'select', backend_type 'int', source_model typically
-- Magento\Eav\Model\Entity\Attribute\Source\Table): customer_entity_int.value = eav_attribute_option.option_id
-- (for an attribute whose option rows have eav_attribute_option.attribute_id = eav_attribute.attribute_id);
-- the label is eav_attribute_option_value.value for that option_id, store_id = 0 for the admin label, with
-- optional per-store rows overriding it.
-- Special case, in CustomerSetup::getDefaultEntities(): 'gender' is type 'static', input 'select', source
-- Table, options ['Male', 'Female'] -> its option_id is stored in the static column customer_entity.gender
-- (SMALLINT UNSIGNED), not in customer_entity_int. The option_ids are whatever AUTO_INCREMENT gave at install
-- (commonly 1 = Male, 2 = Female on a fresh shop, but that is NOT guaranteed: join eav_attribute_option).
-- A 'boolean' input is also backend_type 'int', but holds 0/1 directly, not an option_id.
--
-- multiselect: the value is the option_ids joined with ',' (no spaces), e.g. '12,15', in ONE row.
--   app/code/Magento/Eav/Model/Entity/Attribute/Backend/ArrayBackend.php
--       @ cad82c853e1f258823b334f863aa295a61c56328 (stored version, header 2013-2017; the file is small and
--       has not changed in substance): beforeSave() does implode(',', array_filter($data)).
--   app/code/Magento/Customer/Model/Metadata/Form/Multiselect.php @ 029a535dbe717806f2d5e7575e6a16dd90673f56
--       (an OLD 2014 stored version): compactValue() implode(',', ...), outputValue() explode(',', ...).
--   Which table: Magento\Eav\Model\Entity\Attribute::getBackendTypeByInput() (app/code/Magento/Eav/Model/
--       Entity/Attribute.php, stored 2.4-line version, read_file id 1761507, commit not reported) maps
--       'multiselect' -> 'varchar', so a multiselect customer attribute created through that path lives in
--       customer_entity_varchar (255 chars). An attribute added by a setup patch may declare 'type' => 'text'
--       instead and then lives in customer_entity_text: go by eav_attribute.backend_type.
--   array_filter() drops empty / '0' entries before joining, so an empty selection is saved as ''.
