-- The summary triggers of "Project": after each INSERT, UPDATE and DELETE statement (not per row),
-- with the statement's rows as transition tables old_rows/new_rows, summary_on_project() brings the
-- summaries of the projects it touched up to date (functions/summary_on_project.sql).
-- The history triggers write each status taken as a dated ProjectStatusChange
-- (functions/record_status_changes.sql).
-- History: migrations 0002, 0020.
CREATE OR REPLACE TRIGGER summary_project_insert AFTER INSERT ON public."Project"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION summary_on_project();
CREATE OR REPLACE TRIGGER summary_project_update AFTER UPDATE ON public."Project"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION summary_on_project();
CREATE OR REPLACE TRIGGER summary_project_delete AFTER DELETE ON public."Project"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION summary_on_project();
CREATE OR REPLACE TRIGGER history_project_insert AFTER INSERT ON public."Project"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION record_status_changes();
CREATE OR REPLACE TRIGGER history_project_update AFTER UPDATE ON public."Project"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION record_status_changes();
