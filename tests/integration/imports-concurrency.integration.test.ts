// An import commit beside other users' work (docs/jobs.md): it must not stop another region's
// saves, must refuse a same-region save in words ("an import is being written for this region"),
// and must not deadlock with a save of a person who is in the file. The commit is held open at a
// test pause point (lib/jobs/pause-point.ts) while the other work is tried, so nothing here depends
// on timing.
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { closeTestPool, resetDatabase, testPool } from "./db";
import { csv, goodPlacements, importFixture, PEOPLE, PLACEMENT_HEADER } from "./imports/fixture";
import { arm, pauseDirectory, reached, release } from "./pause";

vi.mock("@/lib/auth/session", () => import("./support/session").then((m) => m.sessionModule));
vi.mock("next/cache", () => import("./support/session").then((m) => m.cacheModule));

const pauses = pauseDirectory();
const { prisma } = await import("@/lib/db/client");
const { makeIin } = await import("@/lib/iin");
const { DomainError } = await import("@/lib/forms/state");
const { confirmImportJob, createImportJob } = await import("@/lib/imports/mutations");
const { getImportJob } = await import("@/lib/imports/queries");
const { runImportJob } = await import("@/lib/imports/runner.server");
const { closeImportPool } = await import("@/lib/imports/pool.server");
const { addPlacement } = await import("@/lib/placements/mutations");
const { addPlacementSchema } = await import("@/lib/placements/schema");

type Fixture = Awaited<ReturnType<typeof importFixture>>;
let f: Fixture;
const TODAY = { y: 2022, m: 12, d: 31 };
const POINT = "import-commit-written" as const;

/** Uploads and dry-runs `lines`, confirms, and starts the commit without waiting for it. */
async function startCommit(lines: string[]): Promise<{ id: number; done: Promise<void> }> {
  const id = await createImportJob(f.akimat, "PLACEMENTS", { name: "file.csv", bytes: csv(lines) });
  await runImportJob(id);
  expect(await getImportJob({ regionId: f.akmola }, id)).toMatchObject({ status: "VALIDATED", errorRows: 0 });
  await confirmImportJob(f.akimat, id);
  return { id, done: runImportJob(id) };
}

const newcomer = (n: number) => makeIin({ y: 1992, m: 4, d: 3 }, "FEMALE", 500 + n)!;

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    return error instanceof DomainError ? error.code : `unexpected: ${(error as Error).message}`;
  }
}

beforeEach(async () => {
  await resetDatabase();
  f = await importFixture();
  arm(pauses, POINT);
});

afterEach(() => release(pauses, POINT));

afterAll(async () => {
  await closeImportPool();
  await prisma.$disconnect();
  await closeTestPool();
});

describe("an import commit in progress", () => {
  it("does not stop another region's placement saves", async () => {
    const commit = await startCommit(goodPlacements());
    await reached(pauses, POINT);
    const input = addPlacementSchema(TODAY).parse({ iin: newcomer(1), fullName: "Иванова Анна", hiredAt: "2022-05-01" });
    expect(await codeOf(addPlacement(f.otherAkimat, f.road, input))).toBe("ok");
    release(pauses, POINT);
    await commit.done;
    expect((await getImportJob({ regionId: f.akmola }, commit.id))!.status).toBe("COMMITTED");
  });

  it("refuses a save in the same region with 'an import is being written', not 'unexpected'", async () => {
    const commit = await startCommit(goodPlacements());
    await reached(pauses, POINT);
    const input = addPlacementSchema(TODAY).parse({ iin: newcomer(2), fullName: "Петрова Мария", hiredAt: "2022-05-01" });
    expect(await codeOf(addPlacement(f.akimat, f.school, input))).toBe("importBeingWritten");
    release(pauses, POINT);
    await commit.done;
    expect((await getImportJob({ regionId: f.akmola }, commit.id))!.status).toBe("COMMITTED");
    // Once the commit is over, the same save goes through.
    expect(await codeOf(addPlacement(f.akimat, f.school, input))).toBe("ok");
  });

  it("gives up on a person another save holds past the wait limit with a 'conflict' that names no row and no person", async () => {
    release(pauses, POINT);
    // Another region's form holds the person's row for longer than the commit waits (10 s).
    const other = await testPool().connect();
    try {
      await other.query("BEGIN");
      await other.query(`SELECT id FROM "Worker" WHERE iin = $1 FOR UPDATE`, [f.busy]);
      const commit = await startCommit([PLACEMENT_HEADER, `${f.busy};Серик Абенов;AKM-001;01.01.2022;31.01.2022;;нет;;нет`]);
      await commit.done;
      const job = (await getImportJob({ regionId: f.akmola }, commit.id))!;
      expect({ status: job.status, failureCode: job.failureCode }).toEqual({ status: "FAILED", failureCode: "conflict" });
      // Which row's person was busy would tell the akimat that the IIN is known, and being
      // edited, in another region: the failure names the file, nothing in it.
      expect(job.errors).toEqual([expect.objectContaining({ row: 0, column: null, code: "conflict" })]);
      expect(JSON.stringify(job.errors)).not.toContain(f.busy);
    } finally {
      await other.query("ROLLBACK").catch(() => {});
      other.release();
    }
  });

  it("does not deadlock with a save of a person in the file that began first", async () => {
    release(pauses, POINT); // no pause: the other save is what holds the commit up here
    // Another region's save of the person in the file, as the form does it: the person's row
    // locked first, the placement inserted after — with the import started in between.
    const other = await testPool().connect();
    try {
      await other.query("BEGIN");
      await other.query(`SELECT id FROM "Worker" WHERE iin = $1 FOR UPDATE`, [f.busy]);
      const lines = [PLACEMENT_HEADER, `${f.busy};Серик Абенов;AKM-001;01.01.2022;31.01.2022;;нет;;нет`, `${PEOPLE.third};Асхат Омаров;AKM-002;01.02.2022;;;нет;;нет`];
      const commit = await startCommit(lines);
      await expect.poll(async () => (await testPool().query(`SELECT count(*)::int AS n FROM pg_locks WHERE NOT granted`)).rows[0].n, { timeout: 20_000 }).toBeGreaterThan(0);
      await other.query(
        `INSERT INTO "Placement" ("workerId", "projectId", "hiredAt", "endedAt", "youthAtHiring", "updatedAt")
         SELECT id, $2, '2021-01-01', '2021-06-30', false, now() FROM "Worker" WHERE iin = $1`,
        [f.busy, f.road],
      );
      await other.query("COMMIT");
      await commit.done;
      const job = (await getImportJob({ regionId: f.akmola }, commit.id))!;
      expect({ status: job.status, failureCode: job.failureCode }).toEqual({ status: "COMMITTED", failureCode: null });
    } finally {
      await other.query("ROLLBACK").catch(() => {});
      other.release();
    }
  });
});
