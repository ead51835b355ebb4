// What differs between a projects file and a placements file: how a row is read, which
// reference data it is checked against, and the staging, checks and writes in the database.
// lib/imports/process.server.ts runs either plan through the same dry run and commit.
import "server-only";
import type pg from "pg";
import type { ImportKind } from "@/generated/prisma/enums";
import type { CalendarDate } from "@/lib/iin/calendarDate";
import { placementFileErrors, projectFileErrors } from "./file-checks";
import { loadRegions, projectsByCode, storedProjectsByCode, type StoredProjectRef } from "./lookups.server";
import { placementRowValidator, type PlacementRow } from "./placement-row";
import {
  type ChangeCounts,
  placementChangeCounts,
  placementCopyText,
  lockPlacementRows,
  placementLockedMonthErrors,
  placementMonthsTouched,
  placementOutsideWorksErrors,
  placementOverlapErrors,
  placementProjects,
  stagePlacements,
  stagePlacementText,
  type StagedPlacement,
  upsertPlacements,
} from "./placements-db.server";
import { checkProjectRow, type ProjectCells, type ProjectRow, readProjectCells, regionLookup } from "./project-row";
import { lockProjectRows, projectChangeCounts, projectLockedMonthErrors, projectMonthsTouched, projectWorksErrors, stageProjects, upsertProjects } from "./projects-db.server";
import type { RowError, RowResult } from "./rows";
import type { CellValue } from "./values";

/** Rows read from the file (`Read`), checked against the database into rows to stage (`Staged`). */
export type Plan<Read extends { row: number }, Staged> = {
  validator(client: pg.ClientBase, regionId: number, today: CalendarDate): Promise<(row: number, record: Record<string, CellValue>) => RowResult<Read>>;
  /** Checks across the file's rows and against looked-up records. */
  prepare(client: pg.ClientBase, rows: Read[], regionId: number): Promise<{ staged: Staged[]; errors: RowError[]; context?: unknown }>;
  stage(client: pg.ClientBase, rows: Staged[]): Promise<void>;
  /**
   * Row errors only the database can tell (overlaps with stored records; with `lockedMonths`,
   * rows in months whose report is submitted — the commit leaves those to assertMonthsOpen).
   */
  databaseErrors(client: pg.ClientBase, regionId: number, lockedMonths: boolean): Promise<RowError[]>;
  counts(client: pg.ClientBase): Promise<ChangeCounts>;
  monthsTouched(client: pg.ClientBase): Promise<Date[]>;
  write(client: pg.ClientBase, actorId: number, context: unknown): Promise<{ created: number; updated: number; workersCreated?: number }>;
  /**
   * In the commit, before the database checks: locks the rows the checks and writes rely on (no
   * table lock: other regions' saves go on). Returns the rows it could not lock because another
   * save held them; the commit then fails naming them.
   */
  lockRows(client: pg.ClientBase): Promise<RowError[]>;
  /**
   * For large files: the dry run keeps its checked rows for the commit (checked-rows.server.ts)
   * as the staging table's COPY text, with the projects they name.
   */
  keepsRows?: {
    copyText(rows: Staged[]): string[];
    projects(rows: Staged[]): Array<[number, string]>;
    stageText(client: pg.ClientBase, text: Iterable<string | Buffer>): Promise<void>;
  };
};

const without = <T extends { row: number }>(rows: T[], errors: RowError[]): T[] => {
  const bad = new Set(errors.map((e) => e.row));
  return bad.size ? rows.filter((r) => !bad.has(r.row)) : rows;
};

const placements: Plan<PlacementRow, StagedPlacement> = {
  async validator(_client, _regionId, today) {
    return placementRowValidator(today);
  },
  async prepare(client, rows, regionId) {
    const errors = placementFileErrors(rows);
    const projects = await projectsByCode(client, rows.map((r) => r.projectCode));
    const staged: StagedPlacement[] = [];
    const add = (row: number, value: string, code: string) => errors.push({ row, column: "projectCode", value, code, params: { code: value } });
    for (const p of rows) {
      const project = projects.get(p.projectCode);
      if (!project) add(p.row, p.projectCode, "unknownProject");
      else if (project.regionId !== regionId) add(p.row, p.projectCode, "projectInOtherRegion");
      else staged.push({ ...p, projectId: project.id });
    }
    return { staged: without(staged, errors), errors };
  },
  stage: stagePlacements,
  async databaseErrors(client, regionId, lockedMonths) {
    const rowErrors = [...(await placementOutsideWorksErrors(client)), ...(await placementOverlapErrors(client))];
    return lockedMonths ? [...rowErrors, ...(await placementLockedMonthErrors(client, regionId))] : rowErrors;
  },
  counts: placementChangeCounts,
  monthsTouched: placementMonthsTouched,
  write: (client) => upsertPlacements(client),
  lockRows: lockPlacementRows,
  keepsRows: { copyText: placementCopyText, projects: placementProjects, stageText: stagePlacementText },
};

const projects: Plan<ProjectCells, ProjectRow> = {
  async validator(client, regionId) {
    const regions = await loadRegions(client);
    const findRegion = regionLookup(regions);
    return (row, record) => readProjectCells(row, record, { regions, regionId }, findRegion);
  },
  async prepare(client, rows, regionId) {
    const errors = projectFileErrors(rows);
    const stored = await storedProjectsByCode(client, rows.map((r) => r.code));
    const staged: ProjectRow[] = [];
    for (const cells of without(rows, errors)) {
      const existing = stored.get(cells.code);
      // A code is unique in the country: another region's project cannot be overwritten.
      if (existing && existing.regionId !== regionId) {
        errors.push({ row: cells.row, column: "code", value: cells.code, code: "projectInOtherRegion", params: { code: cells.code } });
        continue;
      }
      const checked = checkProjectRow(cells, existing?.input ?? null);
      if (!checked.ok) errors.push(...checked.errors);
      else {
        const jobErrors = existing ? permanentJobErrors(checked.value, existing) : [];
        if (jobErrors.length) errors.push(...jobErrors);
        else staged.push(checked.value);
      }
    }
    return { staged, errors, context: stored };
  },
  stage: stageProjects,
  async databaseErrors(client, regionId, lockedMonths) {
    const works = await projectWorksErrors(client);
    return lockedMonths ? [...works, ...(await projectLockedMonthErrors(client, regionId))] : works;
  },
  counts: projectChangeCounts,
  monthsTouched: projectMonthsTouched,
  write: (client, actorId, context) => upsertProjects(client, actorId, context as Map<string, StoredProjectRef>),
  lockRows: lockProjectRows,
};

/** As the project form: permanent jobs exist only at a commissioned object, created on or after commissioning. */
function permanentJobErrors(project: ProjectRow, stored: StoredProjectRef): RowError[] {
  if (stored.permanentJobs === 0) return [];
  if (project.status !== "COMMISSIONED") return [{ row: project.row, column: "status", value: project.status, code: "hasPermanentJobs", params: { count: stored.permanentJobs } }];
  const firstJob = stored.firstJobOn ? new Date(`${stored.firstJobOn}T00:00:00Z`) : null;
  if (project.commissionedAt && firstJob && project.commissionedAt > firstJob) {
    return [{ row: project.row, column: "commissionedAt", value: project.commissionedAt.toISOString().slice(0, 10), code: "jobsBeforeCommissioning" }];
  }
  return [];
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the two plans differ in row types; callers only pass rows from a plan to the same plan
export type AnyPlan = Plan<{ row: number }, any>;

export function planOf(kind: ImportKind): AnyPlan {
  return (kind === "PROJECTS" ? projects : placements) as unknown as AnyPlan;
}
