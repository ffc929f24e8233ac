-- When a webhook event was first claimed: it may wait behind an earlier event of its customer before that, and
-- its outbox.max_age_hours of retries count from its first attempt, not from when it was written.
ALTER TABLE webhook_outbox ADD COLUMN first_attempt_at TIMESTAMP;
