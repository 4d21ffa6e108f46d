-- The units and dispatches the matcher found a message under review may answer, best first: one per line,
-- "unit-id<TAB>dispatch-id<TAB>score" (an empty field where it guessed none). Null for reports recorded before.
ALTER TABLE report ADD COLUMN candidates VARCHAR;
