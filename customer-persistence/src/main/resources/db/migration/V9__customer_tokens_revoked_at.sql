-- When a customer's tokens were last revoked (password changed or reset, tokens revoked by an admin), in whole
-- seconds: the customer tokens Magento issued up to then (JWTs accepted after a move with magento.crypt.key) are
-- refused, as Magento's jwt_auth_revoked.revoke_before does. A copied Magento revocation lands here too.
ALTER TABLE customer_entity ADD COLUMN tokens_revoked_at TIMESTAMP;
