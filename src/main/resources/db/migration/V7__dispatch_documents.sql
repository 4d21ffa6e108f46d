-- The file each dispatch was imported from (upload, dispatch folder, command line, a staff member's mail), kept to
-- attach to the announcements of that dispatch. BYTEA is PostgreSQL's type and an alias of BINARY VARYING in H2.
CREATE TABLE dispatch_document (
    dispatch_id  BIGINT       NOT NULL PRIMARY KEY REFERENCES dispatch (id),
    file_name    VARCHAR(500) NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    content      BYTEA        NOT NULL,
    stored_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A queued mail that carries the original file of this dispatch as an attachment (announcements).
ALTER TABLE outbox ADD COLUMN attach_document_of BIGINT REFERENCES dispatch (id);
