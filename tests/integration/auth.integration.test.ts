// Sign-in, lockout, session revocation, user administration and region scope against a real
// PostgreSQL. Each test starts from empty tables.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { closeTestPool, resetDatabase, testPool } from "./db";
import { session } from "./support/session";

// Server actions resolve the session through getCurrentUser; here the test says who is asking.
vi.mock("@/lib/auth/session", () => import("./support/session").then((m) => m.sessionModule));
vi.mock("next/cache", () => import("./support/session").then((m) => m.cacheModule));
vi.mock("next/navigation", () => import("./support/session").then((m) => m.navigationModule));

const { prisma } = await import("@/lib/db/client");
const { hashPassword, verifyPassword } = await import("@/lib/auth/password");
const { authenticate } = await import("@/lib/auth/sign-in");
const { MAX_FAILURES } = await import("@/lib/auth/throttle");
const { recordFailure } = await import("@/lib/auth/mutations");
const { findActiveSessionUser } = await import("@/lib/auth/queries");
const { authOptions } = await import("@/lib/auth/options");
const { AuthorizationError } = await import("@/lib/auth/permissions");
const { requireProjectAccess, requirePlacementAccess, RecordNotFoundError } = await import("@/lib/auth/access");
const actions = await import("@/lib/users/actions");
const { initialUserActionState } = await import("@/lib/users/schema");

const PASSWORD = "Roadmap-2020!";

async function region(code: string, nameRu: string) {
  return prisma.region.create({ data: { code, nameRu, nameKk: nameRu, nameEn: nameRu } });
}

async function user(email: string, role: "ADMIN" | "ANALYST" | "AKIMAT" | "DEPUTY", regionId: number | null = null) {
  return prisma.user.create({
    data: { email, name: email.split("@")[0]!, role, regionId, passwordHash: await hashPassword(PASSWORD) },
  });
}

function asSession(u: Awaited<ReturnType<typeof user>>) {
  return { id: u.id, email: u.email, name: u.name, role: u.role, regionId: u.regionId, sessionVersion: u.sessionVersion };
}

async function auditRows(action?: string) {
  const { rows } = await testPool().query(
    `SELECT "actorId", entity, "entityId", action, before::text AS before, after::text AS after
     FROM "AuditEvent" ${action ? "WHERE action = $1" : ""} ORDER BY id`,
    action ? [action] : [],
  );
  return rows as Array<{ actorId: number | null; entity: string; entityId: string; action: string; before: string | null; after: string | null }>;
}

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

beforeEach(async () => {
  await resetDatabase();
  session.user = null;
});

afterAll(async () => {
  await prisma.$disconnect();
  await closeTestPool();
});

describe("sign-in and brute-force protection", () => {
  it("locks an e-mail after 5 failures: the 6th attempt is refused even with the right password", async () => {
    const analyst = await user("analyst@roadmap.demo", "ANALYST");
    for (let attempt = 1; attempt < MAX_FAILURES; attempt++) {
      expect(await authenticate({ email: analyst.email, password: "wrong-password" })).toEqual({ ok: false, code: "invalidCredentials" });
    }
    const fifth = await authenticate({ email: analyst.email, password: "wrong-password" });
    expect(fifth).toMatchObject({ ok: false, code: "locked" });

    const sixth = await authenticate({ email: analyst.email, password: PASSWORD });
    expect(sixth.ok).toBe(false);
    if (sixth.ok || sixth.code !== "locked") throw new Error("expected a lock");
    // About 15 minutes from now (database clock vs. test clock: allow a minute).
    const minutes = (sixth.lockedUntil.getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(14);
    expect(minutes).toBeLessThan(16);

    expect(await auditRows("signIn.failure")).toHaveLength(5);
    expect((await auditRows("signIn.locked")).length).toBeGreaterThanOrEqual(2);
    expect(await auditRows("signIn.success")).toHaveLength(0);
    const all = await auditRows();
    expect(all.every((row) => row.entity === "auth" && row.actorId === analyst.id)).toBe(true);
    // Neither the password typed nor the hash appears anywhere in the audit trail.
    const text = JSON.stringify(all);
    expect(text).not.toContain("wrong-password");
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain("$argon2");
    expect((await prisma.user.findUniqueOrThrow({ where: { id: analyst.id } })).lastSignInAt).toBeNull();
  });

  it("lets the user in once the lock has expired, and forgets the failures on success", async () => {
    const deputy = await user("deputy@roadmap.demo", "DEPUTY");
    for (let attempt = 0; attempt < MAX_FAILURES; attempt++) await authenticate({ email: deputy.email, password: "nope-nope-nope" });
    // Fifteen minutes pass.
    await testPool().query(
      `UPDATE "SignInThrottle" SET "lockedUntil" = "lockedUntil" - interval '16 minutes', "windowStart" = "windowStart" - interval '16 minutes'`,
    );
    const result = await authenticate({ email: " Deputy@Roadmap.Demo ", password: PASSWORD });
    expect(result).toMatchObject({ ok: true, user: { id: deputy.id, role: "DEPUTY", email: deputy.email } });
    expect(result).not.toHaveProperty("user.passwordHash");
    expect((await testPool().query(`SELECT * FROM "SignInThrottle"`)).rowCount).toBe(0);
    expect(await auditRows("signIn.success")).toHaveLength(1);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: deputy.id } })).lastSignInAt).not.toBeNull();
  });

  it("resets the count after a successful sign-in", async () => {
    const admin = await user("admin@roadmap.demo", "ADMIN");
    for (let attempt = 0; attempt < MAX_FAILURES - 1; attempt++) await authenticate({ email: admin.email, password: "bad-guess-000" });
    expect((await authenticate({ email: admin.email, password: PASSWORD })).ok).toBe(true);
    for (let attempt = 0; attempt < MAX_FAILURES - 1; attempt++) {
      expect(await authenticate({ email: admin.email, password: "bad-guess-111" })).toEqual({ ok: false, code: "invalidCredentials" });
    }
    expect((await authenticate({ email: admin.email, password: PASSWORD })).ok).toBe(true);
  });

  it("counts every failure once when several server instances record them at the same time", async () => {
    const results = await Promise.all(Array.from({ length: 8 }, () => recordFailure("someone@roadmap.demo")));
    expect(results.map((r) => r.failures).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const { rows } = await testPool().query(`SELECT failures, "lockedUntil" FROM "SignInThrottle"`);
    expect(rows[0].failures).toBe(8);
    expect(rows[0].lockedUntil).not.toBeNull();
  });

  it("answers unknown e-mails like wrong passwords but keeps no row per typed e-mail", async () => {
    for (let attempt = 1; attempt <= MAX_FAILURES + 1; attempt++) {
      expect(await authenticate({ email: "ghost@roadmap.demo", password: "whatever-123" }, { ip: "198.51.100.20" })).toEqual({ ok: false, code: "invalidCredentials" });
    }
    // Counted against the client address only (lib/auth/throttle.ts): one row, no audit rows.
    expect((await testPool().query(`SELECT * FROM "SignInThrottle"`)).rowCount).toBe(0);
    expect(await auditRows()).toHaveLength(0);
    expect((await testPool().query(`SELECT address, failures FROM "SignInAddressThrottle"`)).rows).toEqual([{ address: "198.51.100.20", failures: MAX_FAILURES + 1 }]);
  });

  it("refuses a deactivated account like a wrong password", async () => {
    const akimatRegion = await region("11", "Акмолинская");
    const akimat = await user("akimat.akmola@roadmap.demo", "AKIMAT", akimatRegion.id);
    await prisma.user.update({ where: { id: akimat.id }, data: { active: false } });
    expect(await authenticate({ email: akimat.email, password: PASSWORD })).toEqual({ ok: false, code: "invalidCredentials" });
    expect((await auditRows("signIn.failure"))[0]?.after).toContain('"reason": "inactive"');
  });
});

describe("sessions end when the account changes", () => {
  it("a deactivated user or a bumped sessionVersion gives no session", async () => {
    const analyst = await user("analyst@roadmap.demo", "ANALYST");
    const claims = { id: analyst.id, sessionVersion: analyst.sessionVersion };
    expect(await findActiveSessionUser(claims)).toMatchObject({ id: analyst.id, role: "ANALYST" });

    await prisma.user.update({ where: { id: analyst.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await findActiveSessionUser(claims)).toBeNull();

    await prisma.user.update({ where: { id: analyst.id }, data: { sessionVersion: analyst.sessionVersion, active: false } });
    expect(await findActiveSessionUser(claims)).toBeNull();
  });

  it("next-auth's jwt callback refuses the old token on the next request", async () => {
    const admin = await user("admin@roadmap.demo", "ADMIN");
    const jwt = authOptions.callbacks!.jwt!;
    const token = { uid: admin.id, sessionVersion: 0, role: "ADMIN" as const, regionId: null, name: admin.name, email: admin.email };
    await expect(jwt({ token } as Parameters<typeof jwt>[0])).resolves.toMatchObject({ uid: admin.id, role: "ADMIN" });
    await prisma.user.update({ where: { id: admin.id }, data: { active: false } });
    await expect(jwt({ token } as Parameters<typeof jwt>[0])).rejects.toThrow("Session revoked");
  });
});

describe("user administration", () => {
  const newAkimat = {
    email: "Akimat.Karaganda@Roadmap.demo",
    name: "Акимат Карагандинской области",
    role: "AKIMAT",
    password: "a-long-initial-password",
    passwordConfirm: "a-long-initial-password",
  };

  it("creates an account with an argon2id hash and an audit event without the hash", async () => {
    const karaganda = await region("35", "Карагандинская");
    const admin = await user("admin@roadmap.demo", "ADMIN");
    session.user = asSession(admin);
    await expect(actions.createUserAction(initialUserActionState, form({ ...newAkimat, regionId: String(karaganda.id) }))).rejects.toThrow(
      /REDIRECT \/admin\/users\/\d+\?created=1/,
    );
    const created = await prisma.user.findUniqueOrThrow({ where: { email: "akimat.karaganda@roadmap.demo" } });
    expect(created).toMatchObject({ role: "AKIMAT", regionId: karaganda.id, active: true });
    expect(created.passwordHash.startsWith("$argon2id$")).toBe(true);
    expect(await verifyPassword(created.passwordHash, newAkimat.password)).toBe(true);

    const [event] = await auditRows("user.create");
    expect(event).toMatchObject({ actorId: admin.id, entity: "user", entityId: String(created.id), before: null });
    expect(event!.after).not.toContain("argon2");
    expect(event!.after).not.toContain(newAkimat.password);
    expect(event!.after).toContain("akimat.karaganda@roadmap.demo");
  });

  it("writes nothing for bad input and names the field", async () => {
    const admin = await user("admin@roadmap.demo", "ADMIN");
    session.user = asSession(admin);
    const cases: Array<[Record<string, string>, string, string]> = [
      [{ ...newAkimat, regionId: "" }, "regionId", "regionRequired"],
      [{ ...newAkimat, role: "ANALYST", password: "short", passwordConfirm: "short" }, "password", "passwordTooShort"],
      [{ ...newAkimat, role: "ANALYST", email: "not-an-email" }, "email", "invalidEmail"],
      [{ ...newAkimat, regionId: "999999" }, "regionId", "unknownRegion"],
      [{ ...newAkimat, role: "DEPUTY", email: "admin@roadmap.demo" }, "email", "emailTaken"],
    ];
    for (const [fields, field, code] of cases) {
      const state = await actions.createUserAction(initialUserActionState, form(fields));
      expect(state.ok).toBe(false);
      expect(state.errors?.[field as "email"], `${field} for ${JSON.stringify(fields)}`).toEqual([code]);
      // The refused form keeps what was typed, but never the password.
      expect(JSON.stringify(state.values)).not.toContain(fields.password!);
    }
    expect(await prisma.user.count()).toBe(1);
    expect(await auditRows()).toHaveLength(0);
  });

  it("refuses every user action to a non-admin, and writes nothing", async () => {
    const analyst = await user("analyst@roadmap.demo", "ANALYST");
    const deputy = await user("deputy@roadmap.demo", "DEPUTY");
    session.user = asSession(analyst);
    expect(await actions.createUserAction(initialUserActionState, form({ ...newAkimat, role: "ANALYST" }))).toMatchObject({ ok: false, message: "forbidden" });
    expect(await actions.setUserActiveAction(deputy.id, false, initialUserActionState)).toEqual({ ok: false, message: "forbidden" });
    expect(await actions.changeRoleAction(analyst.id, initialUserActionState, form({ role: "ADMIN" }))).toEqual({ ok: false, message: "forbidden" });
    session.user = null;
    expect(await actions.resetPasswordAction(deputy.id, initialUserActionState, form({ password: "x".repeat(20), passwordConfirm: "x".repeat(20) }))).toEqual({
      ok: false,
      message: "unauthenticated",
    });
    expect(await prisma.user.count()).toBe(2);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: deputy.id } })).active).toBe(true);
    expect(await auditRows()).toHaveLength(0);
  });

  it("deactivation, password reset and role change end the user's sessions", async () => {
    const akmola = await region("11", "Акмолинская");
    const admin = await user("admin@roadmap.demo", "ADMIN");
    const analyst = await user("analyst@roadmap.demo", "ANALYST");
    session.user = asSession(admin);
    let version = analyst.sessionVersion;
    const stillSignedIn = () => findActiveSessionUser({ id: analyst.id, sessionVersion: version });

    expect(await actions.resetPasswordAction(analyst.id, initialUserActionState, form({ password: "new-password-2021", passwordConfirm: "new-password-2021" }))).toEqual({
      ok: true,
      message: "passwordReset",
    });
    expect(await stillSignedIn()).toBeNull();
    expect((await authenticate({ email: analyst.email, password: PASSWORD })).ok).toBe(false);
    expect((await authenticate({ email: analyst.email, password: "new-password-2021" })).ok).toBe(true);
    version += 1;

    expect(await actions.changeRoleAction(analyst.id, initialUserActionState, form({ role: "AKIMAT", regionId: String(akmola.id) }))).toEqual({ ok: true, message: "roleChanged" });
    expect(await stillSignedIn()).toBeNull();
    version += 1;
    expect(await stillSignedIn()).toMatchObject({ role: "AKIMAT", regionId: akmola.id });

    expect(await actions.setUserActiveAction(analyst.id, false, initialUserActionState)).toEqual({ ok: true, message: "deactivated" });
    expect(await findActiveSessionUser({ id: analyst.id, sessionVersion: version })).toBeNull();
    expect(await actions.setUserActiveAction(analyst.id, true, initialUserActionState)).toEqual({ ok: true, message: "reactivated" });

    const events = await auditRows();
    expect(events.map((e) => e.action)).toEqual(["user.resetPassword", "signIn.failure", "signIn.success", "user.changeRole", "user.deactivate", "user.reactivate"]);
    for (const event of events) {
      expect(`${event.before} ${event.after}`).not.toContain("argon2");
      expect(`${event.before} ${event.after}`).not.toContain("new-password-2021");
    }
  });

  it("an admin cannot deactivate or demote themselves, and the last admin stays", async () => {
    const admin = await user("admin@roadmap.demo", "ADMIN");
    session.user = asSession(admin);
    expect(await actions.setUserActiveAction(admin.id, false, initialUserActionState)).toEqual({ ok: false, message: "selfLockout" });
    expect(await actions.changeRoleAction(admin.id, initialUserActionState, form({ role: "ANALYST" }))).toEqual({ ok: false, message: "selfLockout" });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ role: "ADMIN", active: true, sessionVersion: 0 });
    expect(await auditRows()).toHaveLength(0);
  });
});

describe("region scope is read from the database", () => {
  async function fixture() {
    const akmola = await region("11", "Акмолинская");
    const karaganda = await region("35", "Карагандинская");
    const akimat = await user("akimat.akmola@roadmap.demo", "AKIMAT", akmola.id);
    const project = (regionId: number, code: string) =>
      prisma.project.create({ data: { code, name: code, regionId, category: "SOCIAL", workType: "CAPITAL_REPAIR", programmeYear: 2020 } });
    const own = await project(akmola.id, "AKM-1");
    const foreign = await project(karaganda.id, "KAR-1");
    const worker = await prisma.worker.create({ data: { iin: "900101300001", fullName: "Test Worker", birthDate: new Date("1990-01-01"), sex: "MALE" } });
    const foreignPlacement = await prisma.placement.create({
      data: { workerId: worker.id, projectId: foreign.id, hiredAt: new Date("2020-06-01"), youthAtHiring: true },
    });
    return { akmola, karaganda, akimat: asSession(akimat), own, foreign, foreignPlacement };
  }

  it("an akimat may not read-for-edit, update, delete or add placements to another region's project", async () => {
    const { akimat, own, foreign, akmola, foreignPlacement } = await fixture();
    await expect(requireProjectAccess(akimat, "project.update", own.id)).resolves.toEqual({ regionId: akmola.id });
    for (const action of ["project.update", "project.delete", "placement.create", "funding.update", "personalData.read"] as const) {
      await expect(requireProjectAccess(akimat, action, foreign.id)).rejects.toMatchObject({ code: "wrongRegion" });
    }
    await expect(requirePlacementAccess(akimat, "placement.update", foreignPlacement.id)).rejects.toBeInstanceOf(AuthorizationError);
    await expect(requireProjectAccess(akimat, "project.update", 999_999)).rejects.toBeInstanceOf(RecordNotFoundError);
  });

  it("a deputy is refused before the record is even looked up; an analyst reads nationally", async () => {
    const { foreign, karaganda } = await fixture();
    const deputy = asSession(await user("deputy@roadmap.demo", "DEPUTY"));
    const analyst = asSession(await user("analyst@roadmap.demo", "ANALYST"));
    await expect(requireProjectAccess(deputy, "placement.read", 999_999)).rejects.toMatchObject({ code: "forbidden" });
    await expect(requireProjectAccess(analyst, "placement.read", foreign.id)).resolves.toEqual({ regionId: karaganda.id });
    await expect(requireProjectAccess(analyst, "project.update", foreign.id)).rejects.toMatchObject({ code: "forbidden" });
  });
});
