-- Idempotency-Key records: a key of one caller (scope_hash, the SHA-256 of who called, so that no client
-- address or name is kept), the request it was first used for (its digest without secrets, and the secrets
-- as a bcrypt hash), and once that request has finished, its answer. The row is written first on its own,
-- so that a concurrent retry sees it, and completed in the transaction of the change it answers.
CREATE TABLE idempotency_key (
    scope_hash      CHAR(64)         NOT NULL,
    idempotency_key VARCHAR(255)     NOT NULL,
    request_digest  CHAR(64)         NOT NULL,
    secrets_hash    VARCHAR(100),
    started_at      TIMESTAMP        NOT NULL,
    response_status INTEGER,
    response_body   VARCHAR(1000000),
    PRIMARY KEY (scope_hash, idempotency_key)
);

CREATE INDEX idempotency_key_started_idx ON idempotency_key (started_at);
