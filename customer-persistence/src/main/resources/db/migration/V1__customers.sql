-- Customers and addresses as Magento keeps them (customer_entity, customer_address_entity), plus:
-- email_key (the email in lower case) and share_scope (the website id, or 0 under global account sharing),
-- whose unique index makes email uniqueness case-insensitive on every database.
-- Sequences step by 50: EclipseLink hands out ids from blocks of 50 without a round trip each.

CREATE SEQUENCE customer_entity_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE customer_address_entity_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE customer_group (
    customer_group_id   INTEGER      NOT NULL PRIMARY KEY,
    customer_group_code VARCHAR(32)  NOT NULL,
    tax_class_id        INTEGER      NOT NULL
);

INSERT INTO customer_group (customer_group_id, customer_group_code, tax_class_id) VALUES (0, 'NOT LOGGED IN', 3);
INSERT INTO customer_group (customer_group_id, customer_group_code, tax_class_id) VALUES (1, 'General', 3);
INSERT INTO customer_group (customer_group_id, customer_group_code, tax_class_id) VALUES (2, 'Wholesale', 3);
INSERT INTO customer_group (customer_group_id, customer_group_code, tax_class_id) VALUES (3, 'Retailer', 3);

CREATE TABLE customer_entity (
    entity_id                 BIGINT          NOT NULL PRIMARY KEY,
    website_id                INTEGER         NOT NULL,
    store_id                  INTEGER         NOT NULL,
    group_id                  INTEGER         NOT NULL,
    email                     VARCHAR(320)    NOT NULL,
    email_key                 VARCHAR(320)    NOT NULL,
    share_scope               INTEGER         NOT NULL,
    prefix                    VARCHAR(1000000),
    firstname                 VARCHAR(255)    NOT NULL,
    middlename                VARCHAR(255),
    lastname                  VARCHAR(255)    NOT NULL,
    suffix                    VARCHAR(1000000),
    dob                       DATE,
    gender                    INTEGER,
    taxvat                    VARCHAR(1000000),
    created_at                TIMESTAMP       NOT NULL,
    updated_at                TIMESTAMP       NOT NULL,
    created_in                VARCHAR(255),
    password_hash             VARCHAR(128),
    confirmation              VARCHAR(64),
    rp_token                  VARCHAR(64),
    rp_token_created_at       TIMESTAMP,
    disable_auto_group_change INTEGER         NOT NULL DEFAULT 0,
    default_billing           BIGINT,
    default_shipping          BIGINT,
    subscriber_status         INTEGER,
    failures_num              INTEGER         NOT NULL DEFAULT 0,
    first_failure             TIMESTAMP,
    lock_expires              TIMESTAMP,
    version                   BIGINT          NOT NULL DEFAULT 1,
    CONSTRAINT customer_entity_group_fk FOREIGN KEY (group_id) REFERENCES customer_group (customer_group_id)
);

CREATE UNIQUE INDEX customer_entity_email_scope_uq ON customer_entity (email_key, share_scope);
CREATE INDEX customer_entity_website_idx ON customer_entity (website_id);

CREATE TABLE customer_address_entity (
    entity_id   BIGINT          NOT NULL PRIMARY KEY,
    parent_id   BIGINT          NOT NULL,
    position    INTEGER         NOT NULL,
    country_id  VARCHAR(2)      NOT NULL,
    region_id   INTEGER         NOT NULL DEFAULT 0,
    region_code VARCHAR(1000000),
    region      VARCHAR(1000000),
    street      VARCHAR(1000000) NOT NULL,
    company     VARCHAR(1000000),
    telephone   VARCHAR(255),
    fax         VARCHAR(1000000),
    postcode    VARCHAR(1000000),
    city        VARCHAR(255)    NOT NULL,
    firstname   VARCHAR(255)    NOT NULL,
    lastname    VARCHAR(255)    NOT NULL,
    middlename  VARCHAR(255),
    prefix      VARCHAR(1000000),
    suffix      VARCHAR(1000000),
    vat_id      VARCHAR(1000000),
    CONSTRAINT customer_address_customer_fk FOREIGN KEY (parent_id) REFERENCES customer_entity (entity_id)
        ON DELETE CASCADE
);

CREATE INDEX customer_address_parent_idx ON customer_address_entity (parent_id);
