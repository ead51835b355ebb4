// Backups proven by restoring them (docs/backups.md): the demo database (scale 0.05) is backed up
// and restored into a fresh database on the same server, and every table must come back identical
// (counts and digests of the ordered rows), the dashboard's figures too. A backup taken while a
// placement with a new worker is saved between the Worker and Placement tables (a test pause point)
// holds both or neither. Damaged, cut, foreign and newer backups, wrong keys and non-empty targets
// are refused in words, and the target is then exactly as it was.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBackup } from "@/lib/backup/backup";
import { BackupDamagedError, BackupTruncatedError, NewerSchemaError, NotABackupError, RestoreMismatchError, RestoreTargetError, WrongKeyError } from "@/lib/backup/errors";
import { knownMigrations } from "@/lib/backup/migrations";
import { RESTORED_UNFINISHED, restoreBackup } from "@/lib/backup/restore";
import { SUMMARY_TABLES } from "@/lib/backup/schema";
import { getHeadlineFigures } from "@/lib/dashboard/queries";
import { applyBackupMigrations } from "@/lib/backup/migrations";
import { seedDemo } from "@/lib/demo/seed";
import { makeIin } from "@/lib/iin";
import { getFigures, getFiguresByRegion, getMonthlySeries } from "@/lib/summary/queries";
import { closeTestPool, resetDatabase, testPool } from "./db";
import { arm, pauseDirectory, reached, release } from "./pause";
import { summaryDifferences } from "./summary/compare";

const root = path.resolve(import.meta.dirname, "../..");
const pauses = pauseDirectory();
const key = crypto.randomBytes(32);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-backups-"));
const sourceUrl = () => process.env.DATABASE_URL!;
const created: string[] = [];
const pools: pg.Pool[] = [];

function urlOf(database: string): string {
  const url = new URL(sourceUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

/** A new, empty database on the test server (dropped after the file). */
async function freshDatabase(): Promise<{ url: string; pool: pg.Pool }> {
  const name = `portal_restore_${created.length}_${process.pid}`;
  await testPool().query(`CREATE DATABASE "${name}"`);
  created.push(name);
  const pool = new pg.Pool({ connectionString: urlOf(name), max: 2 });
  pools.push(pool);
  return { url: urlOf(name), pool };
}

/** Per table (summaries included, migrations record excluded): rows and a digest of the rows in order. */
async function digests(pool: pg.Pool, where: Record<string, string> = {}): Promise<Record<string, { rows: number; digest: string }>> {
  const { rows: tables } = await pool.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`,
  );
  const result: Record<string, { rows: number; digest: string }> = {};
  for (const { name } of tables) {
    const { rows } = await pool.query<{ rows: number; digest: string }>(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text COLLATE "C"), '')) AS digest
         FROM "${name}" t ${where[name] ? `WHERE ${where[name]}` : ""}`,
    );
    result[name] = rows[0]!;
  }
  return result;
}

/** What a refused restore must leave of a database that was empty: nothing at all. */
async function pristine(pool: pg.Pool) {
  const { rows } = await pool.query<{ tables: number; schemas: number }>(
    `SELECT (SELECT count(*)::int FROM pg_tables WHERE schemaname = 'public') AS tables,
            (SELECT count(*)::int FROM pg_namespace WHERE nspname = 'pgboss') AS schemas`,
  );
  return rows[0];
}

async function refusal(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error("the restore was not refused");
}

async function dashboard() {
  const { figures } = await getHeadlineFigures();
  const { asOf: _asOf, ...national } = await getFigures();
  return { headline: figures, national, regions: await getFiguresByRegion(), months: await getMonthlySeries() };
}

let backupFile: string;
let unfinished: number[];
let ids: { admin: number; akimat: number; deputy: number; region: number; project: number };

beforeAll(async () => {
  await resetDatabase();
  await seedDemo(sourceUrl(), { scale: 0.05 });
  const db = testPool();
  const one = async <T>(sql: string, values: unknown[] = []) => (await db.query(sql, values)).rows[0] as T;
  ids = await one(`SELECT (SELECT id FROM "User" WHERE role = 'ADMIN' LIMIT 1) AS admin,
                          (SELECT id FROM "User" WHERE role = 'AKIMAT' LIMIT 1) AS akimat,
                          (SELECT id FROM "User" WHERE role IN ('DEPUTY', 'ANALYST') ORDER BY role LIMIT 1) AS deputy,
                          (SELECT "regionId" FROM "User" WHERE role = 'AKIMAT' LIMIT 1) AS region,
                          (SELECT min(id) FROM "Project") AS project`);
  // What the demo does not fill: imports in every state (a file in bytea, kept rows, JSON),
  // audit events, a snapshot with an inquiry and its deputies, text that COPY must escape.
  const file = Buffer.concat([Buffer.from("PK\u0003\u0004"), crypto.randomBytes(2000)]);
  const job = async (status: string) =>
    (await one<{ id: number }>(
      `INSERT INTO "ImportJob" (kind, status, "regionId", "createdById", "fileName", "fileSize", file, errors, "updatedAt")
       VALUES ('PLACEMENTS', $1, $2, $3, 'people.xlsx', 2004, $4, '[{"row": 3, "code": "iin"}]', now()) RETURNING id`,
      [status, ids.region, ids.akimat, file],
    )).id;
  unfinished = [await job("VALIDATING"), await job("COMMITTING")];
  const validated = await job("VALIDATED");
  await job("COMMITTED");
  for (const jobId of [unfinished[1], validated]) {
    await db.query(`INSERT INTO "ImportCheckedRows" ("jobId", format, "rowCount", projects, rows) VALUES ($1, 1, 1, '[[1, "P-1"]]', $2)`, [jobId, crypto.randomBytes(64)]);
  }
  await db.query(
    `INSERT INTO "AuditEvent" ("actorId", entity, "entityId", action, before, after)
     VALUES ($1, 'Project', '1', 'update', '{"name": "Школа\\tна 300 мест"}', '{"name": "Line\\nbreak \\\\ back"}')`,
    [ids.admin],
  );
  const snapshot = await one<{ id: number }>(`INSERT INTO "Snapshot" (title, "createdById", figures) VALUES ('Q1', $1, '{"projects": 330}') RETURNING id`, [ids.admin]);
  const inquiry = await one<{ id: number }>(
    `INSERT INTO "Inquiry" (number, "receivedOn", authors, subject, "dueOn", "snapshotId", "createdById", "updatedAt")
     VALUES ('ДЗ-145', '2020-09-30', 'Иванов И.И.', E'Занятость\\r\\nмолодёжи', '2020-10-30', $1, $2, now()) RETURNING id`,
    [snapshot.id, ids.admin],
  );
  await db.query(`INSERT INTO "_InquiryDeputies" ("A", "B") VALUES ($1, $2)`, [inquiry.id, ids.deputy]);
  await db.query(`INSERT INTO "SignInThrottle" (email, failures, "lockedUntil") VALUES ('a@b.kz', 5, now())`);
  // A project created and deleted again: its id must never be handed out after a restore.
  await db.query(`DELETE FROM "Project" WHERE id = (SELECT id FROM "Project" ORDER BY id DESC LIMIT 1)`);

  backupFile = path.join(dir, "demo.backup");
  const result = await createBackup(sourceUrl(), { key, file: backupFile });
  expect(result.bytes).toBe(fs.statSync(backupFile).size);
});

afterAll(async () => {
  release(pauses, "backup-worker-copied");
  await Promise.all(pools.map((pool) => pool.end()));
  for (const name of created) await testPool().query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(pauses, { recursive: true, force: true });
  await resetDatabase();
  await closeTestPool();
});

describe("a backup", () => {
  it("is one encrypted file that only its owner can read, named by key, and left nowhere half-written", () => {
    expect(fs.statSync(backupFile).mode & 0o777).toBe(0o600);
    const bytes = fs.readFileSync(backupFile);
    expect(bytes.subarray(0, 120).toString("latin1")).toMatch(/^KZ-ROADMAP-BACKUP\nformat: 1\ncipher: aes-256-gcm\nkey-id: [0-9a-f]{16}\n/);
    // Neither names nor the COPY text are readable in it.
    expect(bytes.includes("Школа")).toBe(false);
    expect(bytes.includes("people.xlsx")).toBe(false);
    expect(fs.readdirSync(dir)).toEqual(["demo.backup"]);
  });

  it("restores into a fresh database: every table, the summaries and the sequences as they were; the queue empty; unfinished imports failed", async () => {
    const before = await digests(testPool(), {
      ImportJob: `id <> ALL('{${unfinished.join(",")}}')`,
      ImportCheckedRows: `"jobId" <> ALL('{${unfinished.join(",")}}')`,
    });
    const target = await freshDatabase();
    const result = await restoreBackup(target.url, { key, file: backupFile });
    expect(result.unfinishedImports).toEqual(unfinished);
    expect(result.migrationsApplied).toEqual(knownMigrations());

    const after = await digests(target.pool, {
      ImportJob: `id <> ALL('{${unfinished.join(",")}}')`,
      ImportCheckedRows: `"jobId" <> ALL('{${unfinished.join(",")}}')`,
    });
    expect(Object.keys(after)).toEqual(Object.keys(before));
    expect(after).toEqual(before);
    // Summaries are rebuilt, not copied, and still equal: every dashboard figure reads them.
    for (const table of SUMMARY_TABLES) expect(after[table]!.rows).toBeGreaterThan(0);
    expect(await summaryDifferences(target.pool)).toEqual({});

    const { rows: jobs } = await target.pool.query(
      `SELECT id, status, "failureCode", file, errors, "fileDeletedAt" IS NOT NULL AS deleted, "finishedAt" IS NOT NULL AS finished FROM "ImportJob" WHERE id = ANY($1) ORDER BY id`,
      [unfinished],
    );
    expect(jobs).toEqual(unfinished.map((id) => ({ id, status: "FAILED", failureCode: RESTORED_UNFINISHED, file: null, errors: null, deleted: true, finished: true })));
    const { rows: kept } = await target.pool.query(`SELECT count(*)::int AS n FROM "ImportCheckedRows" WHERE "jobId" = ANY($1)`, [unfinished]);
    expect(kept[0].n).toBe(0);

    const { rows: queue } = await target.pool.query(`SELECT count(*)::int AS n FROM pgboss.job`);
    expect(queue[0].n).toBe(0);
    // The id of the project deleted before the backup is not handed out again.
    const { rows: next } = await target.pool.query(`SELECT nextval(pg_get_serial_sequence('"Project"', 'id'))::int AS next`);
    const { rows: last } = await testPool().query(`SELECT last_value::int AS last FROM "Project_id_seq"`);
    expect(next[0].next).toBe(last[0].last + 1);
  });

  it("restored over the portal's own database (--replace) gives the dashboard the same figures", async () => {
    const figures = await dashboard();
    const result = await restoreBackup(sourceUrl(), { key, file: backupFile, replace: true });
    expect(result.migrationsApplied).toEqual([]);
    expect(await dashboard()).toEqual(figures);
    expect(await summaryDifferences(testPool())).toEqual({});
  });
});

describe("a restore that must not happen writes nothing", () => {
  let target: { url: string; pool: pg.Pool };
  const otherKey = crypto.randomBytes(32);
  const copy = (name: string, change: (bytes: Buffer) => Buffer) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, change(fs.readFileSync(backupFile)));
    return file;
  };

  beforeAll(async () => {
    target = await freshDatabase();
  });

  it.each([
    ["a cut file", () => copy("cut.backup", (b) => b.subarray(0, b.length - 1000)), BackupTruncatedError, /incomplete/],
    ["a file cut to its first half", () => copy("half.backup", (b) => b.subarray(0, b.length >> 1)), BackupTruncatedError, /incomplete/],
    [
      "one changed byte in the middle",
      () => copy("flipped.backup", (b) => {
        const changed = Buffer.from(b);
        changed[b.length >> 1]! ^= 0x01;
        return changed;
      }),
      BackupDamagedError,
      /damaged/,
    ],
    [
      "one changed byte in the header",
      () => copy("header.backup", (b) => {
        const changed = Buffer.from(b);
        const at = changed.indexOf("iv: ") + 4;
        changed[at] = changed[at] === 0x30 ? 0x31 : 0x30;
        return changed;
      }),
      BackupDamagedError,
      /damaged/,
    ],
    ["a file that is not a backup", () => copy("notes.backup", () => Buffer.from("roadmap,2020\n1,2\n")), NotABackupError, /not a backup/],
  ])("%s", async (_what, make, kind, words) => {
    const error = await refusal(restoreBackup(target.url, { key, file: make() }));
    expect(error).toBeInstanceOf(kind);
    expect(error.message).toMatch(words);
    expect(await pristine(target.pool)).toEqual({ tables: 0, schemas: 0 });
  });

  it("a wrong key", async () => {
    const error = await refusal(restoreBackup(target.url, { key: otherKey, file: backupFile }));
    expect(error).toBeInstanceOf(WrongKeyError);
    expect(error.message).toMatch(/another key \(key id [0-9a-f]{16}\)/);
    expect(await pristine(target.pool)).toEqual({ tables: 0, schemas: 0 });
  });

  it("a backup from a newer version of the portal", async () => {
    const file = path.join(dir, "newer.backup");
    await createBackup(sourceUrl(), { key, file, amendManifest: (m) => ({ ...m, migrations: [...m.migrations, "9999_from_the_future"] }) });
    const error = await refusal(restoreBackup(target.url, { key, file }));
    expect(error).toBeInstanceOf(NewerSchemaError);
    expect(error.message).toMatch(/^The backup comes from a newer version of the portal: .*9999_from_the_future/);
    expect(await pristine(target.pool)).toEqual({ tables: 0, schemas: 0 });
  });

  it("a database that holds data, without --replace", async () => {
    const before = await digests(testPool());
    const error = await refusal(restoreBackup(sourceUrl(), { key, file: backupFile }));
    expect(error).toBeInstanceOf(RestoreTargetError);
    expect(error.message).toMatch(/already holds data .*--replace/);
    expect(await digests(testPool())).toEqual(before);
  });

  it("a backup whose rows differ from its manifest: reported table by table, nothing loaded kept", async () => {
    const file = path.join(dir, "mismatch.backup");
    await createBackup(sourceUrl(), {
      key,
      file,
      amendChecksums: (sums) => ({ ...sums, Region: "12345" }),
    });
    const other = await freshDatabase();
    const error = await refusal(restoreBackup(other.url, { key, file }));
    expect(error).toBeInstanceOf(RestoreMismatchError);
    expect((error as RestoreMismatchError).differences.map((d) => d.table)).toEqual(["Region"]);
    const counts = await digests(other.pool);
    expect(Object.values(counts).every((t) => t.rows === 0)).toBe(true);
  });
});

describe("a backup taken while the portal is used", () => {
  it("holds a placement saved between its Worker and Placement tables together with its new worker, or neither", async () => {
    const point = "backup-worker-copied" as const;
    const file = path.join(dir, "under-load.backup");
    arm(pauses, point);
    const backup = createBackup(sourceUrl(), { key, file });
    await reached(pauses, point);

    // Saved and committed while the backup's transaction is open, without waiting for it.
    const iin = makeIin({ y: 1999, m: 5, d: 17 }, "FEMALE", 9_876)!;
    const client = await testPool().connect();
    const started = performance.now();
    try {
      await client.query("BEGIN");
      const worker = await client.query<{ id: number }>(`INSERT INTO "Worker" (iin, "fullName", "birthDate", sex) VALUES ($1, 'Новая Работница', '1999-05-17', 'FEMALE') RETURNING id`, [iin]);
      await client.query(
        `INSERT INTO "Placement" ("workerId", "projectId", "hiredAt", "youthAtHiring", "updatedAt") VALUES ($1, $2, '2022-06-01', true, now())`,
        [worker.rows[0]!.id, ids.project],
      );
      await client.query("COMMIT");
    } finally {
      client.release();
    }
    expect(performance.now() - started).toBeLessThan(5_000);
    release(pauses, point);
    await backup;

    const target = await freshDatabase();
    await restoreBackup(target.url, { key, file });
    const { rows } = await target.pool.query<{ workers: number; placements: number }>(
      `SELECT (SELECT count(*)::int FROM "Worker" WHERE iin = $1) AS workers,
              (SELECT count(*)::int FROM "Placement" p JOIN "Worker" w ON w.id = p."workerId" WHERE w.iin = $1) AS placements`,
      [iin],
    );
    // Both or neither; with the snapshot taken before the save: neither.
    expect(rows[0]).toEqual({ workers: 0, placements: 0 });
    const { rows: source } = await testPool().query(`SELECT count(*)::int AS n FROM "Worker" WHERE iin = $1`, [iin]);
    expect(source[0].n).toBe(1);
    expect(await summaryDifferences(target.pool)).toEqual({});
  });
});

describe("a backup from an older version of the portal", () => {
  it("is restored at its own schema, then brought forward by this version's newer migrations", async () => {
    const known = knownMigrations();
    const older = known.slice(0, -1);
    const source = await freshDatabase();
    await applyBackupMigrations(source.url, older, known);
    await source.pool.query(`INSERT INTO "Region" (id, code, "nameRu", "nameKk", "nameEn") VALUES (1, '11', 'Акмолинская', 'Ақмола', 'Akmola')`);
    await source.pool.query(`INSERT INTO "User" (id, email, name, role, "passwordHash", "updatedAt") VALUES (7, 'a@gov.kz', 'A', 'ADMIN', 'x', now())`);
    await source.pool.query(`SELECT setval('"User_id_seq"', 7)`);
    const file = path.join(dir, "older.backup");
    await createBackup(source.url, { key, file });

    const target = await freshDatabase();
    const result = await restoreBackup(target.url, { key, file });
    expect(result.migrationsApplied).toEqual(known);
    const { rows } = await target.pool.query(`SELECT (SELECT count(*)::int FROM "Region") AS regions, (SELECT email FROM "User") AS email, nextval('"User_id_seq"')::int AS next`);
    expect(rows[0]).toEqual({ regions: 1, email: "a@gov.kz", next: 8 });
  });
});

describe("what a backup leaves out", () => {
  it("leaves out exactly the tables rebuild_summaries() recomputes", async () => {
    const { rows } = await testPool().query<{ definition: string }>(`SELECT pg_get_functiondef('rebuild_summaries()'::regprocedure) AS definition`);
    const truncate = /TRUNCATE([^;]+);/.exec(rows[0]!.definition)![1]!;
    const rebuilt = [...truncate.matchAll(/"(\w+)"/g)].map((m) => m[1]).sort();
    expect([...SUMMARY_TABLES].sort()).toEqual(rebuilt);
  });
});

describe("the commands", () => {
  function npm(args: string[], env: Record<string, string | undefined>) {
    return new Promise<{ code: number | null; output: string }>((resolve) => {
      const child = spawn("npm", ["run", "--silent", ...args], { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
      let output = "";
      child.stdout.on("data", (chunk) => (output += chunk));
      child.stderr.on("data", (chunk) => (output += chunk));
      child.on("exit", (code) => resolve({ code, output }));
    });
  }

  it("db:backup refuses a missing key and a folder inside .data/, and writes a backup into BACKUP_DIR", async () => {
    const noKey = await npm(["db:backup"], { DATABASE_URL: sourceUrl(), BACKUP_KEY: undefined, BACKUP_DIR: dir });
    expect(noKey.output).toMatch(/Error: BACKUP_KEY is not set/);
    expect(noKey.code).toBe(2);
    const inData = await npm(["db:backup"], { DATABASE_URL: sourceUrl(), BACKUP_KEY: key.toString("base64"), BACKUP_DIR: path.join(root, ".data") });
    expect(inData.output).toMatch(/inside the portal's \.data\/ folder/);
    expect(inData.code).toBe(2);

    const folder = fs.mkdtempSync(path.join(dir, "cli-"));
    const written = await npm(["db:backup"], { DATABASE_URL: sourceUrl(), BACKUP_KEY: key.toString("base64"), BACKUP_DIR: folder });
    expect(written.code).toBe(0);
    const files = fs.readdirSync(folder);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^roadmap-\d{8}-\d{6}\.backup$/);
    // Recorded for /admin/backups like a scheduled one, as a command-line backup.
    const { rows: recorded } = await testPool().query(`SELECT trigger::text, outcome::text, file, bytes::int FROM "BackupRun" ORDER BY id DESC LIMIT 1`);
    expect(recorded).toEqual([{ trigger: "MANUAL", outcome: "SUCCEEDED", file: path.join(folder, files[0]!), bytes: fs.statSync(path.join(folder, files[0]!)).size }]);

    const wrongKey = await npm(["db:restore", "--", path.join(folder, files[0]!)], { DATABASE_URL: sourceUrl(), BACKUP_KEY: crypto.randomBytes(32).toString("base64") });
    expect(wrongKey.output).toMatch(/Error: This backup was encrypted with another key/);
    expect(wrongKey.code).toBe(1);
  });
});
