-- Which instance claimed a mail for sending (vn.reportbot.system.Leases' instance id) and when: a mail left SENDING is
-- marked INTERRUPTED only once its claimant is known dead (its liveness lease expired), never while it may still be
-- handing it to the SMTP server. A mail claimed before this column existed has none, and its claimant is gone.
ALTER TABLE outbox ADD COLUMN claimed_by VARCHAR(200);
ALTER TABLE outbox ADD COLUMN claimed_at TIMESTAMP WITH TIME ZONE;
