-- The short token the bot writes at the end of the subject of each mail to a unit ([RB-K7Q2M]), so that a reply or
-- forward that lost its In-Reply-To and References is still recognised.
ALTER TABLE outbox ADD COLUMN subject_token VARCHAR(16);
CREATE UNIQUE INDEX ix_outbox_subject_token ON outbox (subject_token);
