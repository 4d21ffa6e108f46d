-- Messages whose processing failed: how often, and why the last time. A row goes when the message is
-- processed; it stays, with quarantined set, once the message was put on the review list after too many tries.
CREATE TABLE mailbox_attempt (
    office_id    VARCHAR(64)  NOT NULL,
    raw_sha256   CHAR(64)     NOT NULL,
    attempts     INT          NOT NULL,
    last_error   VARCHAR      NOT NULL,
    quarantined  BOOLEAN      NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (office_id, raw_sha256)
);
