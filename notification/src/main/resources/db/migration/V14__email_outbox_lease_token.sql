-- Which claim holds a row's lease (a random token per claimed batch; none when no worker holds it): a worker
-- renews, hands back or finishes only the rows its own claim still holds, never those another instance
-- has claimed since its lease ran out.
ALTER TABLE email_outbox ADD COLUMN lease_token VARCHAR(36);
