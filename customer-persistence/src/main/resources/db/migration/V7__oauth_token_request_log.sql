-- Failed admin and customer token requests, for Magento's token throttle (oauth_token_request_log).
-- user_type is Magento's (2 customer, 3 admin); user_key is the SHA-256 of the lower-cased username, so the
-- table holds no email addresses. A row whose lock has expired counts as none and is deleted now and then.
CREATE TABLE oauth_token_request_log (
    user_type       INTEGER     NOT NULL,
    user_key        VARCHAR(64) NOT NULL,
    failures_count  INTEGER     NOT NULL,
    lock_expires_at TIMESTAMP   NOT NULL,
    PRIMARY KEY (user_type, user_key)
);

CREATE INDEX oauth_token_request_log_expiry_idx ON oauth_token_request_log (lock_expires_at);
