-- Values of the shop's declared customer and address attributes (attributes.file), one row per attribute that has
-- one: Magento's customer_entity_{varchar,int,text,datetime} tables in one, every value as the text Magento returns.
-- search_key is the value's first 200 characters in lower case: the index that searchCriteria filters and sorts
-- on (the whole value may be longer than an index entry can be).

CREATE TABLE customer_attribute_value (
    customer_id     BIGINT         NOT NULL,
    attribute_code  VARCHAR(60)    NOT NULL,
    attribute_value VARCHAR(65535) NOT NULL,
    search_key      VARCHAR(200)   NOT NULL,
    CONSTRAINT customer_attribute_value_pk PRIMARY KEY (customer_id, attribute_code),
    CONSTRAINT customer_attribute_value_customer_fk FOREIGN KEY (customer_id) REFERENCES customer_entity (entity_id)
        ON DELETE CASCADE
);

CREATE INDEX customer_attribute_value_search_idx ON customer_attribute_value (attribute_code, search_key);

CREATE TABLE customer_address_attribute_value (
    address_id      BIGINT         NOT NULL,
    attribute_code  VARCHAR(60)    NOT NULL,
    attribute_value VARCHAR(65535) NOT NULL,
    CONSTRAINT customer_address_attribute_value_pk PRIMARY KEY (address_id, attribute_code),
    CONSTRAINT customer_address_attribute_value_address_fk FOREIGN KEY (address_id)
        REFERENCES customer_address_entity (entity_id) ON DELETE CASCADE
);
