-- A dispatch's life (DispatchStore, DispatchLife): open until it is closed. closed_on is the day staff set it to close
-- (null: staff set none, and it closes on its own reportbot.dispatch.close-after-days after its deadline or last
-- period, reckoned when it is read). reopened_on is the day staff last reopened it: from then it is not closed on its
-- own for close-after-days more, nor before that many days after its deadline or last period.
-- Who closed or reopened it, and when, is kept beside.
ALTER TABLE dispatch ADD COLUMN closed_on DATE;
ALTER TABLE dispatch ADD COLUMN closed_by VARCHAR(200);
ALTER TABLE dispatch ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE dispatch ADD COLUMN reopened_on DATE;
ALTER TABLE dispatch ADD COLUMN reopened_by VARCHAR(200);
ALTER TABLE dispatch ADD COLUMN reopened_at TIMESTAMP WITH TIME ZONE;
