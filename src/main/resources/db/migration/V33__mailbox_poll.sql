-- When each office's mailbox was last polled successfully (read to the end, whatever it held), by whichever
-- instance polled it: the metric reportbot_mailbox_last_successful_poll_timestamp_seconds reads it, so that every
-- instance of a cluster tells the same.
CREATE TABLE mailbox_poll (
    office_id  VARCHAR(64) NOT NULL PRIMARY KEY,
    polled_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
