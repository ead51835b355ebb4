// The two connection pools (lib/db/pools.ts): their startup settings reach pg as `options`, an
// `options` already in DATABASE_URL is kept rather than silently replacing ours, pool sizes are
// checked; and what a failed page read becomes (lib/db/read-failure.ts): the 503 page for a page
// or a download, a form code in a server action, an error outside a request — for an outage or
// a read cut short by its limits only, never for a bug.
import { afterEach, describe, expect, it, vi } from "vitest";

const request = vi.hoisted(() => ({ headers: null as Headers | null }));
vi.mock("next/headers", () => ({
  headers: async () => {
    if (!request.headers) throw new Error("`headers` was called outside a request scope");
    return request.headers;
  },
}));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Error(`REDIRECT ${url}`);
  },
}));

const { connectionConfig, poolSize, READ_SETTINGS, startupOptions, WRITE_SETTINGS } = await import("@/lib/db/pools");
const { isUnansweredRead, readFailure } = await import("@/lib/db/read-failure");
const { isBusyError, isStatementTimeout } = await import("@/lib/db/busy");
const { ServiceUnavailableError } = await import("@/lib/db/unavailable");
const { stateOfError } = await import("@/lib/forms/run-action");

/** pg's error as Prisma's driver adapter wraps it for a model query. */
function prismaError(sqlState: string) {
  const pgError = { kind: "postgres", code: sqlState, originalCode: sqlState, message: "…" };
  return Object.assign(new Error("…"), { code: "P2010", meta: { driverAdapterError: { cause: pgError } } });
}

describe("pool settings", () => {
  it("passes each pool's limits as libpq startup options", () => {
    expect(startupOptions(WRITE_SETTINGS)).toBe("-c statement_timeout=15s -c lock_timeout=5s -c idle_in_transaction_session_timeout=60s");
    expect(startupOptions(READ_SETTINGS)).toBe("-c statement_timeout=30s -c lock_timeout=2s -c default_transaction_read_only=on");
  });

  it("leaves a URL without options as it is", () => {
    const url = "postgresql://portal:s%40cret@db.example.kz:5432/roadmap?sslmode=require";
    expect(connectionConfig(url, READ_SETTINGS)).toEqual({ connectionString: url, options: startupOptions(READ_SETTINGS) });
  });

  it("keeps options given in DATABASE_URL, after ours (pg would otherwise drop ours for them)", () => {
    const config = connectionConfig("postgresql://portal:secret@db:5432/roadmap?options=-c%20search_path%3Dportal&sslmode=require", WRITE_SETTINGS);
    expect(config.options).toBe(`${startupOptions(WRITE_SETTINGS)} -c search_path=portal`);
    expect(config.connectionString).toBe("postgresql://portal:secret@db:5432/roadmap?sslmode=require");
  });

  it("reads pool sizes from the environment, 10 by default, and refuses nonsense", () => {
    const name = "PORTAL_TEST_POOL_SIZE";
    delete process.env[name];
    expect(poolSize(name)).toBe(10);
    process.env[name] = "4";
    expect(poolSize(name)).toBe(4);
    for (const bad of ["0", "-1", "2.5", "ten"]) {
      process.env[name] = bad;
      expect(() => poolSize(name)).toThrow(name);
    }
    delete process.env[name];
  });
});

describe("a failed page read", () => {
  afterEach(() => {
    request.headers = null;
  });

  it("is 'unanswered' for an outage, a statement or lock timeout — not for a bug", () => {
    expect(isUnansweredRead(prismaError("57014"))).toBe(true);
    expect(isUnansweredRead(prismaError("55P03"))).toBe(true);
    expect(isUnansweredRead(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }))).toBe(true);
    expect(isUnansweredRead(prismaError("25006"))).toBe(false); // a write on the read-only pool
    expect(isUnansweredRead(prismaError("42P01"))).toBe(false);
    expect(isUnansweredRead(new TypeError("x is undefined"))).toBe(false);
  });

  it("sends a page or a download to the 503 page, which leads back", async () => {
    request.headers = new Headers({ "x-portal-path": "/dashboard/regions?year=2021" });
    await expect(readFailure(prismaError("57014"), { redirect: true })).rejects.toThrow(
      `REDIRECT /unavailable?from=${encodeURIComponent("/dashboard/regions?year=2021")}`,
    );
  });

  it("in a server action becomes an error the form translates", async () => {
    request.headers = new Headers({ "next-action": "7f3a", "x-portal-path": "/projects/new" });
    const timedOut = await readFailure(prismaError("57014"), { redirect: true });
    expect(timedOut).toBeInstanceOf(ServiceUnavailableError);
    expect(stateOfError(timedOut)).toEqual({ ok: false, message: "timeout" });
    expect(stateOfError(await readFailure(prismaError("55P03"), { redirect: true }))).toEqual({ ok: false, message: "busy" });
  });

  it("for the session check, and outside a request, is never a redirect", async () => {
    request.headers = new Headers({ "x-portal-path": "/dashboard" });
    expect(await readFailure(prismaError("57014"), { redirect: false })).toBeInstanceOf(ServiceUnavailableError);
    request.headers = null;
    expect(await readFailure(prismaError("57014"), { redirect: true })).toBeInstanceOf(ServiceUnavailableError);
  });

  it("leaves any other error as it is", async () => {
    request.headers = new Headers({ "x-portal-path": "/dashboard" });
    const bug = prismaError("25006");
    expect(await readFailure(bug, { redirect: true })).toBe(bug);
  });
});

describe("a failed save", () => {
  it("is 'busy' for a lock timeout, a deadlock or a full write pool, 'timeout' for a statement timeout", () => {
    expect(isBusyError(prismaError("55P03"))).toBe(true);
    expect(isBusyError(prismaError("40P01"))).toBe(true);
    const poolFull = Object.assign(new Error("Transaction API error: Unable to start a transaction in the given time."), { code: "P2028" });
    expect(isBusyError(poolFull)).toBe(true);
    expect(stateOfError(poolFull)).toEqual({ ok: false, message: "busy" });
    expect(isStatementTimeout(prismaError("57014"))).toBe(true);
    expect(isBusyError(prismaError("57014"))).toBe(false);
    expect(stateOfError(prismaError("57014"))).toEqual({ ok: false, message: "timeout" });
  });
});
