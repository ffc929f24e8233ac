-- Settings changed through the API, as Magento's core_config_data at the default scope
-- (for example customer/create_account/default_group). Environment values still override them.
CREATE TABLE config_setting (
    setting_path  VARCHAR(255)  NOT NULL PRIMARY KEY,
    setting_value VARCHAR(4000) NOT NULL,
    updated_at    TIMESTAMP     NOT NULL
);
