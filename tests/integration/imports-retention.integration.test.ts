// Retention of uploaded import files against a real PostgreSQL: a file (IINs and names)
// is kept only while its job needs it. The transaction that commits, cancels or fails the job —
// or the dry run that finds errors, after which it can never be committed — deletes the file and
// the rows its dry run kept, and keeps the job's metadata and counts; the sweep deletes files
// older than IMPORT_FILE_RETENTION_DAYS and ends the jobs that still needed them; a resumed job
// whose file is gone ends FAILED with a translated reason instead of crashing.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { closeTestPool, resetDatabase, testPool } from "./db";
import { type Actor, csv, goodPlacements, importFixture, PEOPLE } from "./imports/fixture";

vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { prisma } = await import("@/lib/db/client");
const { cancelImportJob, confirmImportJob, createImportJob } = await import("@/lib/imports/mutations");
const { getImportJob } = await import("@/lib/imports/queries");
const { runImportJob } = await import("@/lib/imports/runner.server");
const { closeImportPool } = await import("@/lib/imports/pool.server");
const { sweepImportFiles } = await import("@/lib/imports/retention");
const { housekeeping } = await import("@/lib/jobs/worker");
const { errorText } = await import("@/components/imports/error-text");
const { translatorFor } = await import("@/lib/pdf/translator");

let f: Awaited<ReturnType<typeof importFixture>>;

async function upload(actor: Actor, lines = goodPlacements(), kind: "PLACEMENTS" | "PROJECTS" = "PLACEMENTS") {
  const id = await createImportJob(actor, kind, { name: "file.csv", bytes: csv(lines) });
  await runImportJob(id);
  return id;
}

/** What the database holds of the job's file and of the rows its dry run kept. */
async function stored(jobId: number) {
  const { rows } = await testPool().query(
    `SELECT status, "failureCode", file IS NOT NULL AS "hasFile", "fileDeletedAt" IS NOT NULL AS "fileDeleted",
            "fileDeletedAt" = "finishedAt" AS "deletedWhenEnded", "fileName", "fileSize", "totalRows",
            (SELECT count(*)::int FROM "ImportCheckedRows" WHERE "jobId" = j.id) AS "keptRows"
       FROM "ImportJob" j WHERE id = $1`,
    [jobId],
  );
  return rows[0];
}

const age = (jobId: number, days: number) => testPool().query(`UPDATE "ImportJob" SET "createdAt" = now() - make_interval(days => $2) WHERE id = $1`, [jobId, days]);

beforeEach(async () => {
  await resetDatabase();
  f = await importFixture();
});
afterEach(() => {
  delete process.env.IMPORT_FILE_RETENTION_DAYS;
});
afterAll(async () => {
  await closeImportPool();
  await prisma.$disconnect();
  await closeTestPool();
});

describe("the transaction that ends a job deletes its file and kept rows", () => {
  it("keeps the file of a checked job awaiting confirmation, and deletes it with the commit", async () => {
    const id = await upload(f.akimat);
    expect(await stored(id)).toMatchObject({ status: "VALIDATED", hasFile: true, fileDeleted: false, keptRows: 1 });
    expect((await getImportJob({ regionId: f.akmola }, id))!.fileDeletedAt).toBeNull();
    await confirmImportJob(f.akimat, id);
    await runImportJob(id);
    expect(await stored(id)).toEqual({
      status: "COMMITTED", failureCode: null, hasFile: false, fileDeleted: true, deletedWhenEnded: true,
      fileName: "file.csv", fileSize: csv(goodPlacements()).byteLength, totalRows: 3, keptRows: 0,
    });
    const job = (await getImportJob({ regionId: f.akmola }, id))!;
    expect(job.committed).toEqual({ created: 3, updated: 0, unchanged: 0, workersCreated: 2 });
    expect(job.fileDeletedAt).toBeInstanceOf(Date);
  });

  it("deletes it when the job is cancelled", async () => {
    const id = await upload(f.akimat);
    await cancelImportJob(f.akimat, id);
    expect(await stored(id)).toMatchObject({ status: "CANCELLED", hasFile: false, fileDeleted: true, deletedWhenEnded: true, totalRows: 3, keptRows: 0 });
  });

  it("deletes it when the job fails: a file without the columns, or a commit refused since the check", async () => {
    const unusable = await createImportJob(f.akimat, "PLACEMENTS", { name: "file.csv", bytes: csv(["not;a;placements;file", "1;2;3;4"]) });
    await runImportJob(unusable);
    expect(await stored(unusable)).toMatchObject({ status: "FAILED", failureCode: "missingColumns", hasFile: false, fileDeleted: true, deletedWhenEnded: true });

    const id = await upload(f.akimat);
    await testPool().query(`UPDATE "Project" SET "regionId" = $1 WHERE id = $2`, [f.karaganda, f.clinic]);
    await confirmImportJob(f.akimat, id);
    await runImportJob(id);
    expect(await stored(id)).toMatchObject({ status: "FAILED", failureCode: "changedSinceCheck", hasFile: false, deletedWhenEnded: true, totalRows: 3, keptRows: 0 });
  });

  it("deletes it once the dry run finds errors: such a job can never be committed", async () => {
    const id = await upload(f.akimat, [...goodPlacements(), `${PEOPLE.third};Асхат Омаров;NO-SUCH;01.02.2022;;;нет;;нет`]);
    expect(await stored(id)).toMatchObject({ status: "VALIDATED", hasFile: false, fileDeleted: true, totalRows: 4, keptRows: 0 });
    expect((await getImportJob({ regionId: f.akmola }, id))!.errorRows).toBe(1);
  });
});

describe("the sweep of expired files", () => {
  it("ends a job left unconfirmed past the retention, FAILED with a translated reason, and keeps younger ones", async () => {
    const old = await upload(f.akimat);
    const young = await upload(f.akimat);
    await age(old, 8);
    await age(young, 6);
    expect(await sweepImportFiles(testPool())).toEqual({ filesDeleted: 1, checkedRowsDeleted: 1 });
    expect(await stored(old)).toMatchObject({ status: "FAILED", failureCode: "fileExpired", hasFile: false, fileDeleted: true, deletedWhenEnded: true, totalRows: 3, keptRows: 0 });
    expect(await stored(young)).toMatchObject({ status: "VALIDATED", hasFile: true, keptRows: 1 });
    await expect(confirmImportJob(f.akimat, old)).rejects.toMatchObject({ code: "notReady" });
    for (const locale of ["ru", "kk", "en"] as const) {
      const t = await translatorFor(locale);
      const text = errorText(t as unknown as Parameters<typeof errorText>[0], locale, "PLACEMENTS", { code: "fileExpired" });
      expect(text, locale).toBe(t("imports.errors.fileExpired"));
      expect(text, locale).not.toBe(t("errors.unexpected"));
    }
    // Nothing left to sweep: a second run (another instance, say) changes nothing.
    expect(await sweepImportFiles(testPool())).toEqual({ filesDeleted: 0, checkedRowsDeleted: 0 });
  });

  it("follows IMPORT_FILE_RETENTION_DAYS, and runs as the job queue's housekeeping", async () => {
    const id = await upload(f.akimat);
    await age(id, 2);
    process.env.IMPORT_FILE_RETENTION_DAYS = "3";
    await housekeeping();
    expect(await stored(id)).toMatchObject({ status: "VALIDATED", hasFile: true });
    process.env.IMPORT_FILE_RETENTION_DAYS = "1";
    const next = await upload(f.akimat);
    await housekeeping();
    expect(await stored(id)).toMatchObject({ status: "FAILED", failureCode: "fileExpired", hasFile: false });
    expect(await stored(next)).toMatchObject({ status: "VALIDATED", hasFile: true });
  });

  it("leaves a job being worked on right now to finish, and deletes day-old kept rows of a young job", async () => {
    const busy = await upload(f.akimat);
    await age(busy, 30);
    // Its worker wrote progress a moment ago.
    await testPool().query(`UPDATE "ImportJob" SET status = 'COMMITTING', "updatedAt" = now() WHERE id = $1`, [busy]);
    const young = await upload(f.akimat);
    await testPool().query(`UPDATE "ImportCheckedRows" SET "createdAt" = now() - interval '25 hours' WHERE "jobId" = $1`, [young]);
    expect(await sweepImportFiles(testPool())).toEqual({ filesDeleted: 0, checkedRowsDeleted: 1 });
    expect(await stored(busy)).toMatchObject({ status: "COMMITTING", hasFile: true });
    expect(await stored(young)).toMatchObject({ status: "VALIDATED", hasFile: true, keptRows: 0 });
  });

  it("runs from the command line: npm run imports:sweep", async () => {
    const id = await upload(f.akimat);
    await age(id, 8);
    const { stdout } = await promisify(execFile)("npm", ["run", "--silent", "imports:sweep"], { env: { ...process.env, IMPORT_FILE_RETENTION_DAYS: "7" } });
    expect(stdout).toContain("Import files kept at most 7 days: deleted 1 file(s)");
    expect(await stored(id)).toMatchObject({ status: "FAILED", failureCode: "fileExpired", hasFile: false });
  });
});

describe("a job resumed after its file was deleted", () => {
  it("ends FAILED with the translated reason, whether it was checking or committing", async () => {
    for (const status of ["VALIDATING", "COMMITTING"] as const) {
      const id = await upload(f.akimat);
      // As if the sweep had run between the job's worker dying and its being resumed.
      await testPool().query(`UPDATE "ImportJob" SET status = $2::"ImportStatus", file = NULL, "fileDeletedAt" = now() WHERE id = $1`, [id, status]);
      await expect(runImportJob(id)).resolves.toBeUndefined();
      expect(await stored(id), status).toMatchObject({ status: "FAILED", failureCode: "fileExpired", hasFile: false, keptRows: 0 });
      expect((await getImportJob({ regionId: f.akmola }, id))!.fileDeletedAt, status).toBeInstanceOf(Date);
    }
  });
});
