-- OAuth 1.0a nonces used by integrations: the primary key refuses a replayed request on every instance.
-- used_at is the request's oauth_timestamp (UTC); rows older than an hour are deleted by the application.

CREATE TABLE oauth_nonce (
    consumer_key VARCHAR(255) NOT NULL,
    nonce        VARCHAR(255) NOT NULL,
    used_at      TIMESTAMP    NOT NULL,
    PRIMARY KEY (consumer_key, nonce)
);

CREATE INDEX oauth_nonce_used_at_idx ON oauth_nonce (used_at);
