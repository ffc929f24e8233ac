-- The X-Request-Id of the request that queued the email (none for an email queued outside a request, such as
-- by a migration run), so that the log lines of its delivery carry the id the client saw.
ALTER TABLE email_outbox ADD COLUMN request_id VARCHAR(64);
