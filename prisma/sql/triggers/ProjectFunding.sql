-- The summary triggers of "ProjectFunding": after each INSERT, UPDATE and DELETE statement (not per row),
-- with the statement's rows as transition tables old_rows/new_rows, summary_on_project_funding() brings the
-- summaries of the projects it touched up to date (functions/summary_on_project_funding.sql).
-- The history triggers write each change of the amounts as a dated FundingChange
-- (functions/record_funding_changes.sql).
-- History: migrations 0002, 0020.
CREATE OR REPLACE TRIGGER summary_project_funding_insert AFTER INSERT ON public."ProjectFunding"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION summary_on_project_funding();
CREATE OR REPLACE TRIGGER summary_project_funding_update AFTER UPDATE ON public."ProjectFunding"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION summary_on_project_funding();
CREATE OR REPLACE TRIGGER summary_project_funding_delete AFTER DELETE ON public."ProjectFunding"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION summary_on_project_funding();
CREATE OR REPLACE TRIGGER history_project_funding_insert AFTER INSERT ON public."ProjectFunding"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION record_funding_changes();
CREATE OR REPLACE TRIGGER history_project_funding_update AFTER UPDATE ON public."ProjectFunding"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION record_funding_changes();
CREATE OR REPLACE TRIGGER history_project_funding_delete AFTER DELETE ON public."ProjectFunding"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION record_funding_changes();
