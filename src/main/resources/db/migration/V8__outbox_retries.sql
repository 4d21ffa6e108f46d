-- When a mail the SMTP server refused or could not be reached for is tried again (1 min, 2, 4… up to an hour after
-- each try), and when a mail ended FAILED or INTERRUPTED (for health and the office's next digest).
ALTER TABLE outbox ADD COLUMN next_attempt_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE outbox ADD COLUMN failed_at TIMESTAMP WITH TIME ZONE;
