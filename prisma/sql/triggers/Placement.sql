-- The summary triggers of "Placement": after each INSERT, UPDATE and DELETE statement (not per row),
-- with the statement's rows as transition tables old_rows/new_rows, summary_on_placement() brings the
-- summaries of the projects it touched up to date (functions/summary_on_placement.sql).
-- History: migration 0002.
CREATE OR REPLACE TRIGGER summary_placement_insert AFTER INSERT ON public."Placement"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION summary_on_placement();
CREATE OR REPLACE TRIGGER summary_placement_update AFTER UPDATE ON public."Placement"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION summary_on_placement();
CREATE OR REPLACE TRIGGER summary_placement_delete AFTER DELETE ON public."Placement"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION summary_on_placement();
