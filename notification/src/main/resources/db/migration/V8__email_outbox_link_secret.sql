-- The reset token or confirmation key of an email's link, as written in its bodies, kept only until the email
-- is handed over or given up: then the bodies keep a marker in its place and this column is emptied, so that
-- the database, or a backup of it, never yields a working link.
ALTER TABLE email_outbox ADD COLUMN link_secret VARCHAR(1000000);

-- Emails sent before this migration: their secrets are not known, so none of their bodies is kept.
UPDATE email_outbox SET text_body = '[redacted after delivery]', html_body = '[redacted after delivery]'
WHERE status = 'sent';
