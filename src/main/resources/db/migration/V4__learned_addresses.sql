-- Sender addresses staff confirmed for a unit when settling a report from an unregistered address.
CREATE TABLE learned_address (
    address     VARCHAR(320) NOT NULL PRIMARY KEY,
    office_id   VARCHAR(64)  NOT NULL,
    unit_id     VARCHAR(64)  NOT NULL,
    report_id   BIGINT REFERENCES report (id),
    learned_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
