// Page reads on a pool that writes cannot exhaust (lib/db/pools.ts, docs/architecture.md). Saves
// blocked on locks once held every connection, and an analyst's dashboard waited 30 s. Here:
// with every connection of the write pool waiting on a row lock, page reads still answer at
// once (which fails if reads and writes shared one pool); a save waiting on a held lock gives up
// after the write pool's lock_timeout with the form's translated "busy"; a page read cut short by
// the read pool's lock_timeout sends the reader to the translated 503 page (an action gets a
// form code, the session check an error that keeps the session); and the read pool cannot write.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { closeTestPool, resetDatabase, testPool } from "./db";
import { session } from "./support/session";

// Small pools, so that "every connection" is a handful. Read when the clients are first used.
const WRITE_POOL_SIZE = 3;
process.env.DATABASE_POOL_SIZE = String(WRITE_POOL_SIZE);
process.env.DATABASE_READ_POOL_SIZE = "2";

type SessionUser = { id: number; email: string; name: string; role: "ADMIN" | "ANALYST" | "AKIMAT" | "DEPUTY"; regionId: number | null; sessionVersion: number };

/** The request being answered: null = no request (headers() throws, as outside Next.js). */
const request = vi.hoisted(() => ({ headers: null as Headers | null }));
vi.mock("@/lib/auth/session", () => import("./support/session").then((m) => m.sessionModule));
vi.mock("next/cache", () => import("./support/session").then((m) => m.cacheModule));
vi.mock("next/headers", () => ({
  headers: async () => {
    if (!request.headers) throw new Error("`headers` was called outside a request scope");
    return request.headers;
  },
}));
vi.mock("next/navigation", () => import("./support/session").then((m) => m.navigationModule));

// Clients of an earlier file in this process would have other pool sizes: start afresh.
const globals = globalThis as unknown as { prisma?: { $disconnect(): Promise<void> }; prismaRead?: { pages: { $disconnect(): Promise<void> } } };
await globals.prisma?.$disconnect();
await globals.prismaRead?.pages.$disconnect();
delete globals.prisma;
delete globals.prismaRead;

const { prisma, prismaRead, disconnectAll } = await import("@/lib/db/client");
const { ServiceUnavailableError } = await import("@/lib/db/unavailable");
const { stateOfError } = await import("@/lib/forms/run-action");
const { initialActionState } = await import("@/lib/forms/state");
const { getFilterOptions } = await import("@/lib/dashboard/queries");
const { regionChoices } = await import("@/lib/projects/queries");
const { listInquiries } = await import("@/lib/inquiries/queries");
const { findActiveSessionUser } = await import("@/lib/auth/queries");
const { saveAnswerAction } = await import("@/lib/inquiries/actions");
const unavailableRoute = await import("@/app/unavailable/route");
const { NextRequest } = await import("next/server");
const ru = (await import("@/messages/ru.json")).default;
const kk = (await import("@/messages/kk.json")).default;
const en = (await import("@/messages/en.json")).default;

let analyst: SessionUser;
let projectId: number;
let inquiryId: number;

beforeAll(async () => {
  await resetDatabase();
  const region = await prisma.region.create({ data: { code: "11", nameRu: "Акмолинская область", nameKk: "Ақмола облысы", nameEn: "Akmola Region" } });
  const user = await prisma.user.create({ data: { email: "analyst@test", name: "Айгерим Нурланова", role: "ANALYST", passwordHash: "not-used" } });
  analyst = { id: user.id, email: user.email, name: user.name, role: "ANALYST", regionId: null, sessionVersion: 0 };
  const project = await prisma.project.create({
    data: { code: "AKM-001", name: "Ремонт школы №3, Кокшетау", regionId: region.id, category: "SOCIAL", workType: "CAPITAL_REPAIR", programmeYear: 2021 },
  });
  projectId = project.id;
  const inquiry = await prisma.inquiry.create({
    data: { number: "1-2021", receivedOn: new Date("2021-02-01"), dueOn: new Date("2021-02-15"), authors: "Депутаты Мажилиса", subject: "О занятости", createdById: user.id },
  });
  inquiryId = inquiry.id;
});

afterAll(async () => {
  await disconnectAll();
  await closeTestPool();
});

/** The SQLSTATE under Prisma's wrappers (raw and model queries wrap pg's error differently). */
function sqlState(error: unknown): string | null {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 8; depth++) {
    const record = e as { code?: unknown; originalCode?: unknown; meta?: { code?: unknown; driverAdapterError?: unknown }; cause?: unknown };
    // Prisma's own codes (P2010, P2039, ...) are not SQLSTATEs.
    for (const code of [record.originalCode, record.meta?.code, record.code]) if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code) && !/^P\d{4}$/.test(code)) return code;
    e = record.cause ?? record.meta?.driverAdapterError;
  }
  return null;
}

/** A separate pg client (not the portal's pools) that holds locks until released. */
async function holdLock(sql: string, params: unknown[] = []) {
  const blocker = await testPool().connect();
  await blocker.query("BEGIN");
  await blocker.query(sql, params);
  return async () => {
    await blocker.query("ROLLBACK");
    blocker.release();
  };
}

/** Tracks whether a promise has settled, without awaiting it. */
function track<T>(promise: Promise<T>) {
  const state = { settled: false, promise };
  promise.then(
    () => (state.settled = true),
    () => (state.settled = true),
  );
  return state;
}

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 4_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("condition not reached in time");
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Backends of the write pool (application_name, lib/db/pools.ts) waiting on a lock. */
async function writeConnectionsWaitingOnLocks(): Promise<number> {
  const { rows } = await testPool().query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_stat_activity
      WHERE datname = current_database() AND application_name LIKE 'portal-write-%' AND wait_event_type = 'Lock'`,
  );
  return rows[0]!.n;
}

describe("the two pools", () => {
  it("gives each connection its pool's limits", async () => {
    const settings = `SELECT current_setting('statement_timeout') AS statement, current_setting('lock_timeout') AS lock,
      current_setting('idle_in_transaction_session_timeout') AS idle, current_setting('transaction_read_only') AS "readOnly",
      current_setting('application_name') AS name`;
    const [write] = await prisma.$queryRawUnsafe<Array<Record<string, string>>>(settings);
    const [read] = await prismaRead.$queryRawUnsafe<Array<Record<string, string>>>(settings);
    expect(write).toMatchObject({ statement: "15s", lock: "5s", idle: "1min", readOnly: "off", name: expect.stringMatching(/^portal-write-\d+$/) });
    expect(read).toMatchObject({ statement: "30s", lock: "2s", readOnly: "on", name: expect.stringMatching(/^portal-read-\d+$/) });
  });

  it("refuses a write through the read pool, as a bug rather than as 'unavailable'", async () => {
    const created = await prismaRead.region.create({ data: { code: "99", nameRu: "x", nameKk: "x", nameEn: "x" } }).catch((error: unknown) => error);
    expect(sqlState(created)).toBe("25006"); // read_only_sql_transaction
    expect(created).not.toBeInstanceOf(ServiceUnavailableError);
    const updated = await prismaRead.$executeRaw`UPDATE "Region" SET "nameEn" = 'changed'`.catch((error: unknown) => error);
    expect(sqlState(updated)).toBe("25006");
    const { rows } = await testPool().query(`SELECT code, "nameEn" FROM "Region" ORDER BY code`);
    expect(rows).toEqual([{ code: "11", nameEn: "Akmola Region" }]);
  });
});

describe("saves waiting on locks", () => {
  it("take every write connection, and page reads still answer at once", async () => {
    const release = await holdLock(`SELECT id FROM "Project" WHERE id = $1 FOR UPDATE`, [projectId]);
    let saves: Array<ReturnType<typeof track>> = [];
    try {
      // As many saves as the write pool has connections, each waiting on the held row.
      saves = Array.from({ length: WRITE_POOL_SIZE }, () =>
        track(prisma.$transaction(async (tx) => tx.$queryRaw`SELECT id FROM "Project" WHERE id = ${projectId} FOR UPDATE`)),
      );
      await waitFor(async () => (await writeConnectionsWaitingOnLocks()) === WRITE_POOL_SIZE);
      // The write pool is exhausted: even a trivial statement waits for a connection.
      const write = track(prisma.$queryRaw`SELECT 1`);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(write.settled).toBe(false);

      // Page reads: raw and model queries, as the dashboard, the registry's filters and the
      // inquiries register make them.
      const started = performance.now();
      const [options, regions, inquiries] = await Promise.all([getFilterOptions(), regionChoices("ru"), listInquiries(analyst)]);
      const elapsed = performance.now() - started;
      expect(options.regions.map((r) => r.code)).toEqual(["11"]);
      expect(regions.map((r) => r.code)).toEqual(["11"]);
      expect(inquiries.map((i) => i.id)).toEqual([inquiryId]);
      // Had the reads shared the write pool, they would wait for the lock_timeout (5 s).
      expect(elapsed).toBeLessThan(1_500);
      expect(saves.every((save) => !save.settled)).toBe(true);
      expect(write.settled).toBe(false);
    } finally {
      await release();
    }
    // Once the lock is gone the saves go through, and so does the waiting statement.
    await Promise.all(saves.map((save) => save.promise));
  });

  it("a save waiting on a held row gives up after the lock_timeout with the form's translated 'busy'", async () => {
    session.user = analyst;
    const fields = { snapshotId: "", answerLocale: "ru", answerText: "Проект ответа" };
    const form = () => {
      const data = new FormData();
      for (const [key, value] of Object.entries(fields)) data.set(key, value);
      return data;
    };
    const release = await holdLock(`SELECT id FROM "Inquiry" WHERE id = $1 FOR UPDATE`, [inquiryId]);
    let state;
    const started = performance.now();
    try {
      // saveAnswer takes the row lock with no lock limit of its own: the write pool's applies.
      state = await saveAnswerAction(inquiryId, initialActionState, form());
    } finally {
      await release();
    }
    const elapsed = performance.now() - started;
    expect(state).toEqual({ ok: false, message: "busy", values: fields });
    expect(elapsed).toBeGreaterThan(4_500);
    expect(elapsed).toBeLessThan(10_000);
    // Translated, in each language (not "unexpected").
    for (const catalogue of [ru, kk, en]) expect(catalogue.errors.busy).toBeTruthy();
    expect(new Set([ru.errors.busy, kk.errors.busy, en.errors.busy]).size).toBe(3);
    // Nothing was written; with the lock gone the same save goes through.
    expect((await testPool().query(`SELECT "answerText" FROM "Inquiry" WHERE id = $1`, [inquiryId])).rows[0]).toEqual({ answerText: null });
    expect(await saveAnswerAction(inquiryId, initialActionState, form())).toMatchObject({ ok: true, message: "saved" });
  });
});

describe("a page read the database cannot answer in time", () => {
  it("sends a page or a download to the translated 503 page, and gives an action a form code", async () => {
    // A table locked exclusively (a migration, say): reads wait for the read pool's lock_timeout.
    const release = await holdLock(`LOCK TABLE "Region" IN ACCESS EXCLUSIVE MODE`);
    try {
      // Rendering a page: redirect to the 503 page, which leads back to where the reader was.
      request.headers = new Headers({ "x-portal-path": "/dashboard?year=2021" });
      const started = performance.now();
      await expect(getFilterOptions()).rejects.toThrow(`REDIRECT /unavailable?from=${encodeURIComponent("/dashboard?year=2021")}`);
      const elapsed = performance.now() - started;
      expect(elapsed).toBeGreaterThan(1_500);
      expect(elapsed).toBeLessThan(5_000);
      await expect(regionChoices("ru")).rejects.toThrow(/^REDIRECT \/unavailable/);

      // A server action: an error the form translates, and the form keeps what was typed.
      request.headers = new Headers({ "next-action": "0123abcd", "x-portal-path": "/projects/new" });
      const inAction = await regionChoices("kk").catch((error: unknown) => error);
      expect(inAction).toBeInstanceOf(ServiceUnavailableError);
      expect(sqlState(inAction)).toBe("55P03");
      expect(stateOfError(inAction)).toEqual({ ok: false, message: "busy" });

    } finally {
      await release();
      request.headers = null;
    }
    const page = unavailableRoute.GET(new NextRequest("http://portal.test/unavailable?from=%2Fdashboard", { headers: { cookie: "NEXT_LOCALE=en" } }));
    expect(page.status).toBe(503);
    expect(await page.text()).toContain(en.unavailable.title);
  });

  it("the session check throws the 'unavailable' error, never a redirect (next-auth would clear the session)", async () => {
    // The jwt callback turns that error into "unavailable" and keeps the session (lib/auth/options.ts).
    const release = await holdLock(`LOCK TABLE "User" IN ACCESS EXCLUSIVE MODE`);
    try {
      request.headers = new Headers({ "x-portal-path": "/dashboard" });
      const failed = await findActiveSessionUser({ id: analyst.id, sessionVersion: 0 }).catch((error: unknown) => error);
      expect(failed).toBeInstanceOf(ServiceUnavailableError);
      expect(sqlState(failed)).toBe("55P03");
    } finally {
      await release();
      request.headers = null;
    }
  });

  it("outside a request (tools, tests) throws the 'unavailable' error", async () => {
    const release = await holdLock(`LOCK TABLE "Region" IN ACCESS EXCLUSIVE MODE`);
    try {
      await expect(regionChoices("en")).rejects.toBeInstanceOf(ServiceUnavailableError);
    } finally {
      await release();
    }
  });
});
