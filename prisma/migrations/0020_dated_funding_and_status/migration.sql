-- CreateTable
CREATE TABLE "FundingChange" (
    "id" SERIAL NOT NULL,
    "projectId" INTEGER NOT NULL,
    "source" "FundingSource" NOT NULL,
    "allocatedChange" DECIMAL(16,2) NOT NULL,
    "disbursedChange" DECIMAL(16,2) NOT NULL,
    "changedOn" DATE NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FundingChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectStatusChange" (
    "id" SERIAL NOT NULL,
    "projectId" INTEGER NOT NULL,
    "status" "ProjectStatus" NOT NULL,
    "changedOn" DATE NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProjectStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FundingChange_projectId_changedOn_idx" ON "FundingChange"("projectId", "changedOn");

-- CreateIndex
CREATE INDEX "ProjectStatusChange_projectId_changedOn_idx" ON "ProjectStatusChange"("projectId", "changedOn");

-- AddForeignKey
ALTER TABLE "FundingChange" ADD CONSTRAINT "FundingChange_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectStatusChange" ADD CONSTRAINT "ProjectStatusChange_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- prisma/sql/functions/record_funding_changes.sql
-- ProjectFunding's history trigger (triggers/ProjectFunding.sql): statement-level, with transition
-- tables; writes one dated FundingChange per project and source whose amounts changed (docs/domain.md,
-- "Money as of a month's end"). The date is the one the writer set for its transaction
-- (set_config('roadmap.funding_on', 'YYYY-MM-DD', true): the form's "date of the change"), or
-- today in Kazakhstan. Rows of a project being deleted are not recorded: its history goes with it.
-- History: migration 0020.
CREATE OR REPLACE FUNCTION public.record_funding_changes()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
DECLARE
  changed_on date := coalesce(nullif(current_setting('roadmap.funding_on', true), '')::date,
                              (now() AT TIME ZONE 'Asia/Almaty')::date);
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "FundingChange" ("projectId", source, "allocatedChange", "disbursedChange", "changedOn")
    SELECT "projectId", source, allocated, disbursed, changed_on FROM new_rows
     WHERE allocated <> 0 OR disbursed <> 0;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO "FundingChange" ("projectId", source, "allocatedChange", "disbursedChange", "changedOn")
    SELECT o."projectId", o.source, -o.allocated, -o.disbursed, changed_on FROM old_rows o
     WHERE (o.allocated <> 0 OR o.disbursed <> 0)
       AND EXISTS (SELECT 1 FROM "Project" p WHERE p.id = o."projectId");
  ELSE
    INSERT INTO "FundingChange" ("projectId", source, "allocatedChange", "disbursedChange", "changedOn")
    SELECT coalesce(n."projectId", o."projectId"), coalesce(n.source, o.source),
           coalesce(n.allocated, 0) - coalesce(o.allocated, 0), coalesce(n.disbursed, 0) - coalesce(o.disbursed, 0), changed_on
      FROM new_rows n FULL JOIN old_rows o ON o."projectId" = n."projectId" AND o.source = n.source
     WHERE coalesce(n.allocated, 0) <> coalesce(o.allocated, 0) OR coalesce(n.disbursed, 0) <> coalesce(o.disbursed, 0);
  END IF;
  RETURN NULL;
END $function$;

-- prisma/sql/functions/record_status_changes.sql
-- Project's history trigger (triggers/Project.sql): statement-level, with transition tables;
-- writes one dated ProjectStatusChange per project created or whose status changed (docs/domain.md,
-- "A project's status from a date on"). The date is the one the writer set for its transaction
-- (set_config('roadmap.status_on', 'YYYY-MM-DD', true): the form's "status since"), or today in
-- Kazakhstan.
-- History: migration 0020.
CREATE OR REPLACE FUNCTION public.record_status_changes()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
DECLARE
  changed_on date := coalesce(nullif(current_setting('roadmap.status_on', true), '')::date,
                              (now() AT TIME ZONE 'Asia/Almaty')::date);
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "ProjectStatusChange" ("projectId", status, "changedOn")
    SELECT id, status, changed_on FROM new_rows;
  ELSE
    INSERT INTO "ProjectStatusChange" ("projectId", status, "changedOn")
    SELECT n.id, n.status, changed_on FROM new_rows n JOIN old_rows o ON o.id = n.id
     WHERE n.status IS DISTINCT FROM o.status;
  END IF;
  RETURN NULL;
END $function$;

-- prisma/sql/functions/report_locked_month.sql
-- The first month on or after `day`'s month whose report of the region is submitted or approved,
-- or null (lib/reports/lock.ts). Month figures are cumulative (people employed by the month's end,
-- money as of its end), so a change dated `day` changes every later month's figures: it is refused
-- when this is not null, naming this month. The one home of that rule for the forms and imports.
-- History: migration 0020.
CREATE OR REPLACE FUNCTION public.report_locked_month(region integer, day date)
 RETURNS date
 LANGUAGE sql
 STABLE PARALLEL SAFE
AS $function$
  SELECT min("month") FROM "MonthlyReport"
   WHERE "regionId" = region AND status IN ('SUBMITTED', 'APPROVED') AND "month" >= date_trunc('month', day::timestamp)::date
$function$;

-- prisma/sql/triggers/Project.sql
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

-- prisma/sql/triggers/ProjectFunding.sql
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

-- The records already stored get a history that explains them, dated by what the records say:
-- money on the works' start (or the planned start, or the day the project was entered), a status
-- on the date of the stage it names (suspension: the last change of the project). Reports already
-- submitted keep the figures frozen at submission (MonthlyReport.figures).
INSERT INTO "FundingChange" ("projectId", source, "allocatedChange", "disbursedChange", "changedOn")
SELECT f."projectId", f.source, f.allocated, f.disbursed,
       coalesce(p."actualStart", p."plannedStart", (p."createdAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Almaty')::date)
  FROM "ProjectFunding" f JOIN "Project" p ON p.id = f."projectId"
 WHERE f.allocated <> 0 OR f.disbursed <> 0;
INSERT INTO "ProjectStatusChange" ("projectId", status, "changedOn")
SELECT id, status, coalesce(CASE status
         WHEN 'COMMISSIONED' THEN "commissionedAt"
         WHEN 'COMPLETED' THEN "actualEnd"
         WHEN 'IN_PROGRESS' THEN "actualStart"
         WHEN 'SUSPENDED' THEN greatest("actualStart", ("updatedAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Almaty')::date)
         END, ("createdAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Almaty')::date)
  FROM "Project";
