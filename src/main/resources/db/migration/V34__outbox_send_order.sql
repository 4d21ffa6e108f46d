-- Answers to a person's own mail or action (an acknowledgement, a login link, a reply to staff) are claimed before
-- the mails of a run (reminders, announcements, digests): one flush runs at a time in an instance, and a unit's
-- acknowledgement should not wait behind a fan-out to three thousand communes.
ALTER TABLE outbox ADD COLUMN send_order SMALLINT DEFAULT 1 NOT NULL;
UPDATE outbox SET send_order = 0 WHERE kind NOT IN ('reminder', 'announcement', 'digest');
CREATE INDEX ix_outbox_status_order_id ON outbox (status, send_order, id);
DROP INDEX ix_outbox_status_id;
