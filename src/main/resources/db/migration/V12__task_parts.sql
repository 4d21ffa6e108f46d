-- A unit's obligation on a dispatch is tracked per numbered task: one row for each of the dispatch's numbered tasks
-- (ordinal) a report has addressed, with when the first report that addressed it was received. The task itself is
-- reported (reporting_task.reported_at) once every ordinal has a row, or a report named no task.
CREATE TABLE task_part (
    task_id      BIGINT NOT NULL REFERENCES reporting_task (id),
    ordinal      INT    NOT NULL,
    reported_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (task_id, ordinal)
);

-- What a report's References field said (the Message-IDs of its conversation, oldest first, space-separated), so that
-- an acknowledgement settled by a person later is threaded in the unit's conversation as well.
ALTER TABLE report ADD COLUMN references_header VARCHAR;

-- The References field of a mail the bot sends in answer (the conversation it belongs to); null: the In-Reply-To alone.
ALTER TABLE outbox ADD COLUMN references_header VARCHAR;
