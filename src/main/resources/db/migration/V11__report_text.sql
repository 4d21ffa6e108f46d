-- What a report says, kept for the consolidated report and the digest's excerpts: the unit's own words (the body
-- above any quoted text) and the text read from its attached documents, each capped (ReportText).
ALTER TABLE report ADD COLUMN own_text VARCHAR;
ALTER TABLE report ADD COLUMN attachment_text VARCHAR;
