-- Addresses in Cc of a mail (comma-separated; NULL for none): a reminder's copy to the office's staff.
ALTER TABLE outbox ADD COLUMN cc VARCHAR(4000);
