-- Files a queued mail carries (the digest's consolidated .xlsx and draft .docx), made when the mail is queued and
-- stored in the same transaction, so that the text and the files agree and a restart sends the same files.
-- BYTEA is PostgreSQL's type and an alias of BINARY VARYING in H2.
CREATE TABLE outbox_attachment (
    outbox_id     BIGINT       NOT NULL REFERENCES outbox (id),
    part_no       INT          NOT NULL,
    file_name     VARCHAR(500) NOT NULL,
    content_type  VARCHAR(200) NOT NULL,
    content       BYTEA        NOT NULL,
    PRIMARY KEY (outbox_id, part_no)
);
