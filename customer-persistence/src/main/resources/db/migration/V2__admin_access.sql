-- Admin users and issued bearer tokens. Tokens are stored only as SHA-256 hashes.

CREATE SEQUENCE admin_user_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE admin_user (
    user_id       BIGINT          NOT NULL PRIMARY KEY,
    username      VARCHAR(255)    NOT NULL,
    password_hash VARCHAR(128)    NOT NULL,
    resources     VARCHAR(4000)   NOT NULL,
    created_at    TIMESTAMP       NOT NULL
);

CREATE UNIQUE INDEX admin_user_username_uq ON admin_user (username);

CREATE TABLE oauth_token (
    token_hash  VARCHAR(64)     NOT NULL PRIMARY KEY,
    user_type   INTEGER         NOT NULL,
    admin_id    BIGINT,
    customer_id BIGINT,
    created_at  TIMESTAMP       NOT NULL,
    expires_at  TIMESTAMP       NOT NULL,
    CONSTRAINT oauth_token_admin_fk FOREIGN KEY (admin_id) REFERENCES admin_user (user_id) ON DELETE CASCADE,
    CONSTRAINT oauth_token_customer_fk FOREIGN KEY (customer_id) REFERENCES customer_entity (entity_id)
        ON DELETE CASCADE
);

CREATE INDEX oauth_token_expires_idx ON oauth_token (expires_at);
