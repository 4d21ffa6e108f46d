-- Dispatches with a cadence open one task per unit per period; a task knows when its period starts.
ALTER TABLE reporting_task ADD COLUMN period_start DATE;
