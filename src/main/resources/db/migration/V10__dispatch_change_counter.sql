-- A counter bumped in the transaction of every change to the dispatch table (import, correction, and any deletion to
-- come). Each process keeps the dispatch list in memory and reads this one row before it uses that copy: the service,
-- an import-dispatch beside it, several instances on one PostgreSQL each see the others' changes once committed.
CREATE TABLE change_counter (
    name     VARCHAR(64) NOT NULL PRIMARY KEY,
    version  BIGINT      NOT NULL
);
INSERT INTO change_counter (name, version) VALUES ('dispatch', 0);
