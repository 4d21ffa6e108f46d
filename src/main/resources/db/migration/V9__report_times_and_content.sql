-- received_at is when the office's server received the message (IMAP INTERNALDATE, else the topmost Received:
-- field); sent_at is what the sender's Date: header says. content_sha256 tells a message delivered twice under one
-- Message-ID (the same Message-ID, sender, subject, date and body) from another message reusing it. delivery
-- names where the server held it (folder, UIDVALIDITY and UID), so that the same bytes delivered twice are listed
-- twice while a message fetched again is recognised.
ALTER TABLE report ADD COLUMN sent_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE report ADD COLUMN content_sha256 CHAR(64);
ALTER TABLE report ADD COLUMN delivery VARCHAR(300);
CREATE INDEX ix_report_raw ON report (mailbox_office, raw_sha256);
CREATE INDEX ix_report_content ON report (mailbox_office, content_sha256);
