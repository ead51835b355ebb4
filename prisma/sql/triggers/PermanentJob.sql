-- The summary triggers of "PermanentJob": after each INSERT, UPDATE and DELETE statement (not per row),
-- with the statement's rows as transition tables old_rows/new_rows, summary_on_permanent_job() brings the
-- summaries of the projects it touched up to date (functions/summary_on_permanent_job.sql).
-- History: migration 0002.
CREATE OR REPLACE TRIGGER summary_permanent_job_insert AFTER INSERT ON public."PermanentJob"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION summary_on_permanent_job();
CREATE OR REPLACE TRIGGER summary_permanent_job_update AFTER UPDATE ON public."PermanentJob"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION summary_on_permanent_job();
CREATE OR REPLACE TRIGGER summary_permanent_job_delete AFTER DELETE ON public."PermanentJob"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION summary_on_permanent_job();
