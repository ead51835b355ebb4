// Backups on the job queue (docs/backups.md): a worker with BACKUP_DIR and BACKUP_KEY keeps the
// nightly schedule, takes a backup an administrator asked for, writes it, deletes what the
// retention rule no longer keeps (and nothing it did not name), and records each outcome for
// /admin/backups: a good backup with its size, a failed one with its reason, retried by the queue.
// The page's reads are administrators' only.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { verifyBackup } from "@/lib/backup/read";
import { closeTestPool, resetDatabase, testPool } from "./db";

const { getBackupOverview } = await import("@/lib/backup/queries");
const { requestBackup } = await import("@/lib/backup/mutations");
const { startWorker } = await import("@/lib/jobs/worker");
const { closeImportPool } = await import("@/lib/imports/pool.server");

const url = () => process.env.DATABASE_URL!;
const key = crypto.randomBytes(32);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-scheduled-backups-"));
const retention = { daily: 2, weekly: 1 };
const schedule = { cron: "30 2 * * *", timeZone: "Asia/Almaty" };
let admin: Actor;
let analyst: Actor;

/** Backups "of earlier nights", as the portal names them, and a file an operator named. */
const old = ["roadmap-20201101-023000.backup", "roadmap-20201102-023000.backup", "roadmap-20201103-023000.backup"];
const operatorsOwn = "before-upgrade.backup";

async function runs() {
  return (await testPool().query(`SELECT trigger::text, outcome::text, file, bytes::int, rows::int, "keyId", "errorKind", error, pruned FROM "BackupRun" ORDER BY id`)).rows;
}

beforeAll(async () => {
  await resetDatabase();
  const user = async (email: string, role: string) =>
    (await testPool().query<{ id: number }>(`INSERT INTO "User" (email, name, role, "passwordHash", "updatedAt") VALUES ($1, $1, $2, 'x', now()) RETURNING id`, [email, role])).rows[0]!.id;
  admin = { id: await user("admin@test.kz", "ADMIN"), role: "ADMIN", regionId: null };
  analyst = { id: await user("analyst@test.kz", "ANALYST"), role: "ANALYST", regionId: null };
  await testPool().query(`DELETE FROM pgboss.schedule WHERE name = 'backup'`);
  for (const name of [...old, operatorsOwn]) fs.writeFileSync(path.join(dir, name), "old");
});

afterAll(async () => {
  await closeImportPool();
  await closeTestPool();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("backups on the job queue", () => {
  it("an administrator's request is queued once, audited, written by a worker, and the retention rule applied", async () => {
    const jobId = await requestBackup(admin);
    // The queue keeps one backup waiting: a second request says so instead of queueing twice.
    await expect(requestBackup(admin)).rejects.toMatchObject({ code: "backupAlreadyWaiting" });
    await expect(requestBackup(analyst)).rejects.toMatchObject({ code: "forbidden" });
    const audit = await testPool().query(`SELECT "actorId", entity, "entityId", action FROM "AuditEvent" WHERE entity = 'Backup'`);
    expect(audit.rows).toEqual([{ actorId: admin.id, entity: "Backup", entityId: jobId, action: "request" }]);
    expect((await getBackupOverview(admin)).jobs).toMatchObject([{ state: "created", requested: true }]);

    const worker = await startWorker(url(), { concurrency: 1, maintenanceSeconds: 60, pollingSeconds: 0.5, backup: { target: { dir, key, retention }, cron: schedule } });
    try {
      await expect.poll(async () => (await runs()).length, { timeout: 30_000, interval: 250 }).toBe(1);
    } finally {
      await worker.stop();
    }
    const [run] = await runs();
    expect(run).toMatchObject({ trigger: "REQUESTED", outcome: "SUCCEEDED", errorKind: null, pruned: 2 });
    const written = path.basename(run.file);
    expect(written).toMatch(/^roadmap-\d{8}-\d{6}\.backup$/);
    expect(fs.statSync(run.file).size).toBe(run.bytes);
    // The file is a whole backup under this key, of the rows the record says.
    const manifest = await verifyBackup(run.file, key);
    expect(manifest.tables.reduce((n, t) => n + t.rows, 0)).toBe(run.rows);
    // Two days kept (today's and the newest old one), one week (today's): the two older are gone;
    // a file the portal did not name is never touched.
    expect(fs.readdirSync(dir).sort()).toEqual([operatorsOwn, old[2], written].sort());

    const overview = await getBackupOverview(admin);
    expect(overview.schedule).toEqual(schedule);
    expect(overview.jobs).toEqual([]);
    expect(overview.lastSuccess).toMatchObject({ trigger: "REQUESTED", bytes: run.bytes, file: run.file, keyId: run.keyId });
  });

  it("a failed backup is recorded with its reason, left for the queue to retry, and shown", async () => {
    const gone = fs.mkdtempSync(path.join(os.tmpdir(), "portal-backups-gone-"));
    fs.rmSync(gone, { recursive: true });
    await requestBackup(admin);
    const worker = await startWorker(url(), { concurrency: 1, maintenanceSeconds: 60, pollingSeconds: 0.5, backup: { target: { dir: gone, key, retention }, cron: schedule } });
    try {
      await expect.poll(async () => (await runs()).length, { timeout: 30_000, interval: 250 }).toBe(2);
    } finally {
      await worker.stop();
    }
    const failed = (await runs())[1];
    expect(failed).toMatchObject({ trigger: "REQUESTED", outcome: "FAILED", errorKind: "location", bytes: null });
    expect(failed.error).toContain("does not exist");
    const overview = await getBackupOverview(admin);
    // The queue tries it again later (retryDelay 10 min); the page says a retry is coming.
    expect(overview.jobs).toMatchObject([{ state: "retry" }]);
    expect(overview.recent[0]).toMatchObject({ outcome: "FAILED", errorKind: "location" });
    expect(overview.lastSuccess?.outcome).toBe("SUCCEEDED");
  });

  it("BACKUP_CRON=off removes the schedule; a worker without a folder leaves it alone", async () => {
    const without = await startWorker(url(), { concurrency: 1, maintenanceSeconds: 60, pollingSeconds: 0.5, backup: { target: null, cron: null } });
    await without.stop();
    expect((await getBackupOverview(admin)).schedule).toEqual(schedule);
    const off = await startWorker(url(), { concurrency: 1, maintenanceSeconds: 60, pollingSeconds: 0.5, backup: { target: { dir, key, retention }, cron: null } });
    await off.stop();
    expect((await getBackupOverview(admin)).schedule).toBeNull();
  });

  it("the page's reads are for administrators only", async () => {
    await expect(getBackupOverview(analyst)).rejects.toMatchObject({ code: "forbidden" });
  });
});
