// Sign-in limits against a real PostgreSQL: per-address limit (429), the cluster-wide ceiling on
// password checks, no rows per unknown e-mail, expiry of old rows, the client address taken from
// the socket unless a trusted proxy forwards it, and Secure cookies + HSTS behind a TLS proxy.
// The REST sign-in goes through the real route handler (app/api/auth/[...nextauth]/route.ts).
import { createRequire } from "node:module";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { closeTestPool, resetDatabase, testPool } from "./db";

// next-auth's route handler reads the request through next/headers (with CommonJS require, which
// vi.mock does not reach); outside Next.js there is no request scope, so the test provides it.
const current = { headers: new Headers(), cookies: new Map<string, string>() };
const nextHeaders = createRequire(import.meta.url)("next/headers") as Record<string, unknown>;
nextHeaders.headers = async () => current.headers;
nextHeaders.cookies = async () => ({ getAll: () => [...current.cookies].map(([name, value]) => ({ name, value: decodeURIComponent(value) })) });
process.env.NEXTAUTH_SECRET ??= "integration-test-secret-0123456789abcdef";

const { NextRequest } = await import("next/server");
const { prisma } = await import("@/lib/db/client");
const { hashPassword } = await import("@/lib/auth/password");
const { authenticate } = await import("@/lib/auth/sign-in");
const { recordAddressFailure } = await import("@/lib/auth/mutations");
const { MAX_ADDRESS_FAILURES, PASSWORD_CHECK_LOCK_KEY, PASSWORD_CHECK_SLOTS } = await import("@/lib/auth/throttle");
const route = await import("@/app/api/auth/[...nextauth]/route");
const { PEER_ADDRESS_HEADER } = await import("@/lib/auth/client-address");

const PASSWORD = "Roadmap-2020!";
const BASE = "http://portal.test";

async function analyst(email = "analyst@roadmap.demo") {
  return prisma.user.create({ data: { email, name: "Analyst", role: "ANALYST", passwordHash: await hashPassword(PASSWORD) } });
}

/** One request to next-auth's route as a browser at `peer` would send it (cookies kept between calls). */
async function call(method: "GET" | "POST", path: string, peer: string, extra: Record<string, string> = {}, form?: Record<string, string>) {
  const headers = new Headers({ host: "portal.test", [PEER_ADDRESS_HEADER]: peer, ...extra });
  if (current.cookies.size) headers.set("cookie", [...current.cookies].map(([k, v]) => `${k}=${v}`).join("; "));
  if (form) headers.set("content-type", "application/x-www-form-urlencoded");
  current.headers = headers;
  const request = new NextRequest(`${BASE}${path}`, { method, headers, body: form ? new URLSearchParams(form).toString() : undefined });
  const nextauth = path.replace(/^\/api\/auth\//, "").split("?")[0]!.split("/");
  const response = await route[method](request, { params: Promise.resolve({ nextauth }) });
  for (const cookie of response.headers.getSetCookie()) {
    const [pair] = cookie.split(";");
    const [name, ...value] = pair!.split("=");
    current.cookies.set(name!, value.join("="));
  }
  return response;
}

async function restSignIn(email: string, password: string, peer: string, extra: Record<string, string> = {}) {
  const csrf = (await (await call("GET", "/api/auth/csrf", peer, extra)).json()) as { csrfToken: string };
  return call("POST", "/api/auth/callback/credentials", peer, extra, { email, password, csrfToken: csrf.csrfToken, json: "true", callbackUrl: "/" });
}

beforeEach(async () => {
  await resetDatabase();
  current.cookies.clear();
  process.env.NEXTAUTH_URL = BASE;
  delete process.env.TRUSTED_PROXIES;
});
afterEach(() => {
  delete process.env.TRUSTED_PROXIES;
});
afterAll(async () => {
  await prisma.$disconnect();
  await closeTestPool();
});

describe("per-address limit", () => {
  it("refuses an address with 429 once it sprayed MAX_ADDRESS_FAILURES wrong sign-ins, leaving one row and one audit event", async () => {
    const known = await analyst();
    for (let i = 0; i < MAX_ADDRESS_FAILURES; i++) await recordAddressFailure("203.0.113.9");
    const refused = await restSignIn(known.email, PASSWORD, "203.0.113.9");
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBeTruthy();
    expect(new URL(((await refused.json()) as { url: string }).url).searchParams.get("error")).toBe("rate_limited");
    expect([...current.cookies.keys()].some((name) => name.includes("session-token"))).toBe(false);
    // The owner of the account, from another address, is not locked out by the sprayer.
    current.cookies.clear();
    const other = await restSignIn(known.email, PASSWORD, "198.51.100.77");
    expect(other.status).toBe(200);
    expect([...current.cookies.keys()].some((name) => name.includes("session-token"))).toBe(true);
    expect((await testPool().query(`SELECT action FROM "AuditEvent" WHERE action = 'signIn.addressLimited'`)).rowCount).toBe(1);
  });

  it("a spray of random unknown e-mails writes one address row and no per-e-mail rows", async () => {
    await analyst();
    const results = [];
    for (let i = 0; i < MAX_ADDRESS_FAILURES + 3; i++) {
      results.push((await authenticate({ email: `random${i}@spray.test`, password: "Summer2024!" }, { ip: "203.0.113.50" })).ok ? "ok" : "no");
    }
    const last = await authenticate({ email: "analyst@roadmap.demo", password: PASSWORD }, { ip: "203.0.113.50" });
    expect(last).toEqual({ ok: false, code: "rateLimited" });
    expect((await testPool().query(`SELECT * FROM "SignInThrottle"`)).rowCount).toBe(0);
    expect((await testPool().query(`SELECT * FROM "SignInAddressThrottle"`)).rowCount).toBe(1);
    const audit = (await testPool().query<{ action: string }>(`SELECT action FROM "AuditEvent"`)).rows.map((r) => r.action);
    expect(audit).toEqual(["signIn.addressLimited"]);
  });

  it("deletes rows whose window has passed as new failures are recorded", async () => {
    await testPool().query(`INSERT INTO "SignInAddressThrottle" (address, failures, "windowStart") VALUES ('192.0.2.1', 3, (now() AT TIME ZONE 'UTC') - interval '2 hours')`);
    await testPool().query(`INSERT INTO "SignInThrottle" (email, failures, "windowStart") VALUES ('old@roadmap.demo', 2, (now() AT TIME ZONE 'UTC') - interval '2 hours')`);
    await testPool().query(`INSERT INTO "SignInThrottle" (email, failures, "windowStart", "lockedUntil") VALUES ('locked@roadmap.demo', 5, (now() AT TIME ZONE 'UTC') - interval '20 minutes', (now() AT TIME ZONE 'UTC') + interval '10 minutes')`);
    await recordAddressFailure("192.0.2.2");
    expect((await testPool().query(`SELECT address FROM "SignInAddressThrottle"`)).rows).toEqual([{ address: "192.0.2.2" }]);
    expect((await testPool().query(`SELECT email FROM "SignInThrottle"`)).rows).toEqual([{ email: "locked@roadmap.demo" }]);
  });
});

describe("cluster-wide ceiling on password checks", () => {
  it("makes an attempt wait for a free slot, then answers 'busy' without counting a failure; a freed slot lets it in", async () => {
    const known = await analyst();
    // Another instance holds every slot (session-level locks conflict with the transaction-level ones).
    const holder = await testPool().connect();
    try {
      for (let slot = 0; slot < PASSWORD_CHECK_SLOTS; slot++) await holder.query(`SELECT pg_advisory_lock($1::int, $2::int)`, [PASSWORD_CHECK_LOCK_KEY, slot]);
      const started = Date.now();
      expect(await authenticate({ email: known.email, password: PASSWORD }, { ip: "198.51.100.1" })).toEqual({ ok: false, code: "busy" });
      expect(Date.now() - started).toBeGreaterThanOrEqual(2_500);
      expect((await testPool().query(`SELECT * FROM "SignInThrottle"`)).rowCount).toBe(0);
      // One slot frees up while the next attempt waits.
      const waiting = authenticate({ email: known.email, password: PASSWORD }, { ip: "198.51.100.1" });
      await new Promise((r) => setTimeout(r, 300));
      await holder.query(`SELECT pg_advisory_unlock($1::int, 0)`, [PASSWORD_CHECK_LOCK_KEY]);
      expect(await waiting).toMatchObject({ ok: true });
    } finally {
      await holder.query(`SELECT pg_advisory_unlock_all()`);
      holder.release();
    }
  });

  it("answers 429 over REST when no slot frees up", async () => {
    const known = await analyst();
    const holder = await testPool().connect();
    try {
      for (let slot = 0; slot < PASSWORD_CHECK_SLOTS; slot++) await holder.query(`SELECT pg_advisory_lock($1::int, $2::int)`, [PASSWORD_CHECK_LOCK_KEY, slot]);
      const response = await restSignIn(known.email, PASSWORD, "198.51.100.2");
      expect(response.status).toBe(429);
      expect(new URL(((await response.json()) as { url: string }).url).searchParams.get("error")).toBe("busy");
    } finally {
      await holder.query(`SELECT pg_advisory_unlock_all()`);
      holder.release();
    }
  });
});

describe("client address and HTTPS behind proxies", () => {
  async function auditedIp() {
    const { rows } = await testPool().query<{ after: { ip: string } }>(`SELECT after FROM "AuditEvent" WHERE action = 'signIn.success'`);
    return rows[0]?.after.ip;
  }

  it("writes the socket's address, not an X-Forwarded-For anyone can send", async () => {
    const known = await analyst();
    expect((await restSignIn(known.email, PASSWORD, "::ffff:203.0.113.5", { "x-forwarded-for": "10.9.9.9" })).status).toBe(200);
    expect(await auditedIp()).toBe("203.0.113.5");
  });

  it("believes X-Forwarded-For and -Proto from a trusted proxy: its client's address, a Secure cookie and HSTS", async () => {
    process.env.TRUSTED_PROXIES = "10.0.0.0/8";
    const known = await analyst();
    const response = await restSignIn(known.email, PASSWORD, "10.0.0.5", { "x-forwarded-for": "6.6.6.6, 198.51.100.8", "x-forwarded-proto": "https" });
    expect(response.status).toBe(200);
    expect(await auditedIp()).toBe("198.51.100.8");
    const session = response.headers.getSetCookie().find((cookie) => cookie.startsWith("__Secure-next-auth.session-token="));
    expect(session).toMatch(/;\s*Secure/i);
    expect(response.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
  });

  it("ignores X-Forwarded-Proto from an untrusted peer: no Secure cookie, no HSTS", async () => {
    const known = await analyst();
    const response = await restSignIn(known.email, PASSWORD, "203.0.113.5", { "x-forwarded-proto": "https" });
    expect(response.headers.getSetCookie().find((cookie) => cookie.startsWith("next-auth.session-token="))).not.toMatch(/;\s*Secure/i);
    expect(response.headers.get("strict-transport-security")).toBeNull();
  });
});
