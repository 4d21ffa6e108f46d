-- The outbox's queued mails in the order they are claimed (Outbox.claimNext: status 'QUEUED', lowest id first), read
-- from the index without sorting every queued row on each claim.
CREATE INDEX ix_outbox_status_id ON outbox (status, id);
DROP INDEX ix_outbox_status;
