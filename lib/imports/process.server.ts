// The two phases of an import job, the same for both kinds of file (plans.server.ts):
// - dry run: read and check every row, stage the valid ones in a temporary table to check them
//   against the database and count what would change, then ROLL BACK: nothing is written;
// - commit: the rows the dry run checked and kept (checked-rows.server.ts), or else the same
//   reading and checks of the file again; then every check against the database again (it may
//   have changed since the dry run), the writes, the audit event and the job's COMMITTED status
//   in ONE transaction — all rows or none.
import "server-only";
import type pg from "pg";
import { calendarDateIn } from "@/lib/iin/calendarDate";
import { pausePoint } from "@/lib/jobs/pause-point";
import { assertMonthsOpen, MonthLockedError } from "@/lib/reports/lock";
import { holdRegionForImport } from "./region-gate";
import { type CheckOutcome, type JobFile, markCommitted, markFailed, markValidated, type RunnableJob, writeProgress } from "./job-state.server";
import { rawSqlClient } from "./pg-tx.server";
import { type CheckedRows, forgetCheckedRows, keepCheckedRows, takeCheckedRows, verifyKeptProjects } from "./checked-rows.server";
import { type AnyPlan, planOf } from "./plans.server";
import { estimateRows, readRows } from "./read-file";
import type { RowError } from "./rows";

/** Times each step when IMPORT_DEBUG is set (the benchmark prints where the seconds go). */
async function step<T>(jobId: number, label: string, work: () => Promise<T>): Promise<T> {
  if (!process.env.IMPORT_DEBUG) return work();
  const started = performance.now();
  try {
    return await work();
  } finally {
    console.log(`    job ${jobId} ${label}: ${Math.round(performance.now() - started)} ms`);
  }
}

/** Hash joins of 200,000 staged rows fit in memory instead of spilling to disk in batches. */
const WORK_MEMORY = "SET LOCAL work_mem = '64MB'";

/**
 * Bounds of the commit's statements and lock waits (pages and forms have their own, lib/db):
 * a 200,000-row commit's longest statement takes seconds, and a lock held by a save is held
 * for at most its own limits.
 */
const COMMIT_LIMITS = "SET LOCAL statement_timeout = '10min'; SET LOCAL lock_timeout = '30s'";

/** Lock timeout, deadlock, unique violation: another transaction got there first. */
const CONFLICT_CODES = new Set(["55P03", "40P01", "23505"]);

const fileError = (code: string, params?: Record<string, string | number>): RowError => ({ row: 0, column: null, value: "", code, params });

/** Reads the file with progress; a problem of the whole file ends the job as failed. */
async function readJobFile(client: pg.ClientBase, pool: pg.Pool, job: RunnableJob) {
  const plan = planOf(job.kind);
  const validate = await plan.validator(client, job.regionId, calendarDateIn(new Date()));
  const estimate = estimateRows(job.file);
  await writeProgress(pool, job.id, job.status, 0, estimate ?? 0);
  const read = await step(job.id, "read and check rows", () =>
    readRows(job.file, job.kind, validate, (processed) => writeProgress(pool, job.id, job.status, processed, estimate ?? undefined)));
  return { plan, read };
}

export async function dryRunJob(client: pg.ClientBase, pool: pg.Pool, job: RunnableJob): Promise<void> {
  const { plan, read } = await readJobFile(client, pool, job);
  if (!read.ok) return markFailed(pool, job.id, read.problem.code, [fileError(read.problem.code, read.problem.params)]);
  const outcome: CheckOutcome = { totalRows: read.totalRows, errors: [...read.errors], counts: { create: 0, update: 0, unchanged: 0, workersCreated: 0 } };
  let checked: CheckedRows | null = null;
  await client.query("BEGIN");
  try {
    await client.query(WORK_MEMORY);
    const { staged, errors } = await step(job.id, "file checks and look-ups", () => plan.prepare(client, read.rows, job.regionId));
    appendAll(outcome.errors, errors);
    if (staged.length) {
      const text = plan.keepsRows?.copyText(staged);
      await step(job.id, "stage (COPY)", () => (text ? plan.keepsRows!.stageText(client, text) : plan.stage(client, staged)));
      appendAll(outcome.errors, await step(job.id, "database checks", () => plan.databaseErrors(client, job.regionId, true)));
      outcome.counts = await step(job.id, "count changes", () => plan.counts(client));
      if (text && outcome.errors.length === 0) {
        checked = { rowCount: staged.length, projects: plan.keepsRows!.projects(staged), copyText: Buffer.from(text.join("")) };
      }
    }
  } finally {
    // The dry run never writes: the staging table and everything else go with the rollback.
    await client.query("ROLLBACK");
  }
  // Only a file without errors can be confirmed; its checked rows save the commit reading it again.
  if (checked) await step(job.id, "keep checked rows", () => keepCheckedRows(pool, job.id, checked));
  await markValidated(pool, job.id, outcome);
}

/** What the commit stages: rows the dry run kept, or the file read and checked again. */
type CommitInput = {
  totalRows: number;
  /** Stages the rows; null when kept rows no longer fit the database (the file is read instead). */
  stage(client: pg.ClientBase): Promise<{ rowCount: number; errors: RowError[]; context?: unknown } | null>;
};

export async function commitJob(client: pg.ClientBase, pool: pg.Pool, job: RunnableJob): Promise<void> {
  try {
    const plan = planOf(job.kind);
    const kept = plan.keepsRows ? await step(job.id, "load checked rows", () => takeCheckedRows(pool, job.id)) : null;
    if (kept) {
      await writeProgress(pool, job.id, job.status, kept.rowCount, kept.rowCount);
      const done = await commitRows(client, pool, job, plan, {
        totalRows: kept.rowCount,
        async stage(tx) {
          if (!(await verifyKeptProjects(tx, kept.projects, job.regionId))) return null;
          await step(job.id, "stage kept rows (COPY)", () => plan.keepsRows!.stageText(tx, [kept.copyText]));
          return { rowCount: kept.rowCount, errors: [] };
        },
      });
      if (done) return;
    }
    const { read } = await readJobFile(client, pool, job);
    if (!read.ok) return markFailed(pool, job.id, read.problem.code, [fileError(read.problem.code, read.problem.params)]);
    if (read.errors.length) return markFailed(pool, job.id, "changedSinceCheck", read.errors);
    await commitRows(client, pool, job, plan, {
      totalRows: read.totalRows,
      async stage(tx) {
        const { staged, errors, context } = await step(job.id, "file checks and look-ups", () => plan.prepare(tx, read.rows, job.regionId));
        if (errors.length === 0) await step(job.id, "stage (COPY)", () => plan.stage(tx, staged));
        return { rowCount: staged.length, errors, context };
      },
    });
  } finally {
    // The job has ended: markCommitted / markFailed deleted its kept rows with its file. This also
    // expires other jobs' old ones; if it fails, the sweep does that (retention.ts).
    await forgetCheckedRows(pool, job.id).catch(() => {});
  }
}

/** The commit's one transaction; false when the kept rows it was given no longer fit. */
async function commitRows(client: pg.ClientBase, pool: pg.Pool, job: RunnableJob, plan: AnyPlan, input: CommitInput): Promise<boolean> {
  await client.query("BEGIN");
  let failure: { code: string; errors: RowError[] } | null = null;
  try {
    // The region's own saves are refused from here on (region-gate.ts); nothing else waits.
    await holdRegionForImport(client, job.regionId);
    await client.query(COMMIT_LIMITS);
    await client.query(WORK_MEMORY);
    const staged = await input.stage(client);
    if (!staged) {
      await client.query("ROLLBACK");
      return false;
    }
    const { errors } = staged;
    // Locks of the rows the checks rely on, taken before the checks so that they still hold
    // when the rows are written (no table lock: other regions go on saving).
    if (errors.length === 0) appendAll(errors, await step(job.id, "lock rows", () => plan.lockRows(client)));
    // Locked months are not looked for row by row here: assertMonthsOpen below refuses them.
    if (errors.length === 0) appendAll(errors, await step(job.id, "database checks", () => plan.databaseErrors(client, job.regionId, false)));
    if (errors.length) failure = { code: "changedSinceCheck", errors };
    else {
      // The same lock check as every form, for every month the changing rows touch (old and new
      // dates); it also holds the region's report lock until this transaction ends.
      const months = await step(job.id, "months touched", () => plan.monthsTouched(client));
      await assertMonthsOpen(rawSqlClient(client), job.regionId, months);
      const written = await step(job.id, "write (upsert + summary triggers)", () => plan.write(client, job.createdById, staged.context));
      // Tests stop here to act while the rows are written and the transaction is still open.
      await pausePoint("import-commit-written");
      const counts = {
        created: written.created,
        updated: written.updated,
        unchanged: staged.rowCount - written.created - written.updated,
        workersCreated: written.workersCreated ?? 0,
      };
      // A file that changes nothing leaves no trace but its job row: re-importing is a no-op.
      if (counts.created || counts.updated || counts.workersCreated) await recordImportAudit(client, job, input.totalRows, counts);
      if (!(await markCommitted(client, job.id, { committed: counts }))) failure = { code: "notReady", errors: [] };
    }
    if (failure) await client.query("ROLLBACK");
    else await step(job.id, "COMMIT", () => client.query("COMMIT"));
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    if (error instanceof MonthLockedError) failure = { code: "monthLocked", errors: [fileError("monthLocked", { month: error.month })] };
    // Another save held what the commit needed for too long, or created the same record first:
    // nothing was written, and running the import again will see that save.
    else if (CONFLICT_CODES.has((error as { code?: string }).code ?? "")) failure = { code: "conflict", errors: [fileError("conflict")] };
    else throw error;
  }
  if (failure) await markFailed(pool, job.id, failure.code, failure.errors);
  return true;
}

/**
 * One audit event per committed import, with the job (its file's name and size; the bytes are
 * deleted by this same transaction, retention.ts) and the counts.
 * Placements are not audited row by row: 200,000 events with before/after would double the
 * commit's writes, and the job row already records who wrote which file when. Projects, which
 * are few per file and have a change history page, also get one event each (projects-db).
 */
async function recordImportAudit(client: pg.ClientBase, job: JobFile, rows: number, counts: Record<string, number>): Promise<void> {
  await client.query(
    `INSERT INTO "AuditEvent" ("actorId", entity, "entityId", action, after) VALUES ($1, 'importJob', $2, 'import.commit', $3::jsonb)`,
    [job.createdById, String(job.id), JSON.stringify({ kind: job.kind, fileName: job.fileName, regionId: job.regionId, rows, ...counts })],
  );
}

/**
 * Appends in place, one by one: a file's errors can number 500,000, and push(...errors) passes
 * each as an argument: above about 120,000 the call runs out of stack and the dry run crashed.
 */
function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
