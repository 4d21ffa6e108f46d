-- Leases shared by the instances of one installation (vn.reportbot.system.Leases): who holds a thing (a mailbox, a
-- run of a job, its own liveness as 'instance:<id>') and until when; a holder renews its leases while it lives, and
-- one not renewed past expires_at may be taken by another instance. Times are written by the instances' clocks.
CREATE TABLE lease (
    name        VARCHAR(200) NOT NULL PRIMARY KEY,
    holder      VARCHAR(200) NOT NULL,
    acquired_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_lease_holder ON lease (holder);
