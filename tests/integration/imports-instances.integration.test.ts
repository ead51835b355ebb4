// Several instances over one PostgreSQL (docs/jobs.md): two web servers (`next start`, production
// build) and two workers (`npm run worker`'s program), as behind a load balancer. A file uploaded
// on web server A is checked by a worker and its progress read from web server B; the commit is
// held at a test pause point (lib/jobs/pause-point.ts) with its rows written and its transaction
// open — which the test checks in pg_stat_activity — and the worker running it is killed with
// SIGKILL. The queue gives the job to the other worker, which commits it: every row exactly once,
// nothing of the killed attempt left. Each process is its own group, stopped at the end.
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { freePort } from "@/lib/db/embedded";
import { ensureBuild, NEXT_BIN } from "@/lib/cli/build";
import { signIn, waitForHttp } from "@/lib/cli/bench-http";
import { startGroup, type Managed } from "@/lib/cli/processes";
import { PROJECT_ROOT } from "@/lib/db/migrate/folder";
import { closeTestPool, resetDatabase, testPool } from "./db";
import { csv, goodPlacements, importFixture, tableCounts } from "./imports/fixture";
import { arm, disarm, pauseDirectory, reached } from "./pause";

vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const pauses = pauseDirectory();
const { prisma } = await import("@/lib/db/client");
const { hashPassword } = await import("@/lib/auth/password");
const { confirmImportJob } = await import("@/lib/imports/mutations");
const { closeImportPool } = await import("@/lib/imports/pool.server");
const { installQueues, QUEUE_TIMINGS } = await import("@/lib/jobs/queues");

const POINT = "import-commit-written" as const;
const PASSWORD = "instances-test-password";
const EMAIL = "akimat.akmola@example.kz";

/** What the portal's processes get: this test's database, no test runner's variables. */
function processEnv(port: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(env)) if (name.startsWith("VITEST") || name === "NODE_ENV") delete env[name];
  return {
    ...env,
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(port),
    // Quick to notice a dead worker's job (the queue's timings come from installQueues below).
    QUEUE_MAINTENANCE_SECONDS: "1",
    QUEUE_POLLING_SECONDS: "0.5",
    IMPORT_WORKER_CONCURRENCY: "1",
  };
}

const secret = crypto.randomBytes(32).toString("base64url");
const processes: Managed[] = [];

async function startWeb(): Promise<string> {
  const port = await freePort();
  const web = startGroup(process.execPath, [NEXT_BIN, "start", "-p", String(port)], { cwd: PROJECT_ROOT, env: processEnv(port), stdio: ["ignore", "ignore", "inherit"] });
  processes.push(web);
  const base = `http://localhost:${port}`;
  await waitForHttp(`${base}/sign-in`, web);
  return base;
}

function startWorker(): Managed {
  const worker = startGroup(process.execPath, ["--import", "tsx", "lib/cli/worker.mts"], { cwd: PROJECT_ROOT, env: processEnv(0), stdio: ["ignore", "ignore", "inherit"] });
  processes.push(worker);
  return worker;
}

async function status(base: string, cookie: string, id: number) {
  const response = await fetch(`${base}/imports/${id}/status`, { headers: { cookie } });
  expect(response.status).toBe(200);
  return (await response.json()) as { status: string; processedRows: number; totalRows: number; errorRows: number };
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string, timeoutMs = 90_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

let f: Awaited<ReturnType<typeof importFixture>>;
let webA: string;
let webB: string;
let workers: Managed[];

beforeAll(async () => {
  await resetDatabase();
  f = await importFixture();
  await testPool().query(`UPDATE "User" SET email = $2, "passwordHash" = $3 WHERE id = $1`, [f.akimat.id, EMAIL, await hashPassword(PASSWORD)]);
  // A worker's job is given to another one when it is still active 8 s after it started.
  await installQueues(process.env.DATABASE_URL!, { ...QUEUE_TIMINGS, importExpireSeconds: 8, importRetryDelaySeconds: 1 });
  const env = processEnv(0);
  await ensureBuild(env);
  [webA, webB] = await Promise.all([startWeb(), startWeb()]);
  workers = [startWorker(), startWorker()];
}, 600_000);

afterAll(async () => {
  await Promise.all(processes.map((p) => p.stop()));
  await installQueues(process.env.DATABASE_URL!, QUEUE_TIMINGS);
  await closeImportPool();
  await prisma.$disconnect();
  await closeTestPool();
}, 120_000);

describe("two web servers and two workers over one database", () => {
  it("checks on a worker what web A received, shows its progress on web B, and survives the death of the worker mid-commit", async () => {
    const [cookieA, cookieB] = [await signIn(webA, EMAIL, PASSWORD), await signIn(webB, EMAIL, PASSWORD)];

    // Upload on A.
    const form = new FormData();
    form.set("kind", "PLACEMENTS");
    form.set("file", new File([csv(goodPlacements()) as BlobPart], "placements.csv", { type: "text/csv" }));
    const upload = await fetch(`${webA}/imports/upload`, { method: "POST", body: form, headers: { cookie: cookieA, origin: webA } });
    expect(upload.status).toBe(201);
    const id = ((await upload.json()) as { data: { id: number } }).data.id;

    // Checked by a worker (web servers only queue), seen from B.
    const checked = await until(() => status(webB, cookieB, id), (s) => s.status !== "VALIDATING", "dry run");
    expect(checked).toEqual({ status: "VALIDATED", processedRows: 3, totalRows: 3, errorRows: 0 });

    // The commit stops with its rows written and its transaction open; the worker there dies.
    const before = await tableCounts();
    arm(pauses, POINT);
    await confirmImportJob(f.akimat, id);
    const pid = await reached(pauses, POINT);
    const victim = workers.find((w) => w.child.pid === pid);
    expect(victim, "the pause was reached by one of the two workers").toBeDefined();
    const { rows: open } = await testPool().query<{ state: string }>(
      `SELECT state FROM pg_stat_activity WHERE application_name = $1 AND xact_start IS NOT NULL`,
      [`portal-import-${pid}`],
    );
    expect(open.map((r) => r.state)).toContain("idle in transaction");
    expect(await tableCounts()).toEqual(before); // written, not committed: invisible to others
    expect((await status(webB, cookieB, id)).status).toBe("COMMITTING");

    victim!.child.kill("SIGKILL");
    await victim!.exited;
    // The next attempt must not stop at the point again.
    disarm(pauses, POINT);

    // The other worker takes the job over (after the queue's expiry) and commits it, once.
    const done = await until(() => status(webB, cookieB, id), (s) => s.status !== "COMMITTING", "commit after the worker died", 120_000);
    expect(done).toMatchObject({ status: "COMMITTED", processedRows: 3, totalRows: 3 });
    const after = await tableCounts();
    // Three placements and two new people, once; one audit event of the import (no other writes).
    expect(after).toEqual({ ...before, placements: before.placements! + 3, workers: before.workers! + 2, audits: before.audits! + 1, workerProjects: after.workerProjects });
    const { rows: audit } = await testPool().query(`SELECT count(*)::int AS n FROM "AuditEvent" WHERE action = 'import.commit' AND "entityId" = $1`, [String(id)]);
    expect(audit).toEqual([{ n: 1 }]);
    const { rows: repeated } = await testPool().query(`SELECT count(*)::int AS n FROM (SELECT "workerId", "projectId", "hiredAt" FROM "Placement" GROUP BY 1, 2, 3 HAVING count(*) > 1) d`);
    expect(repeated).toEqual([{ n: 0 }]);
    // The surviving worker is still there; the killed one is gone.
    expect(workers.filter((w) => w.child.exitCode === null && w.child.signalCode === null)).toHaveLength(1);
  });
});
