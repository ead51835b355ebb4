// The role × action matrix, checked against an expectation table written here by
// hand, independently of lib/auth/permissions.ts. It walks the EXPORTED list of actions: an
// action added to the table without an expectation below fails the suite.
import { describe, expect, it } from "vitest";
import {
  actions,
  AuthorizationError,
  can,
  grantOf,
  requirePermission,
  roles,
  type Action,
  type Actor,
} from "@/lib/auth/permissions";

type Expect = "national" | "ownRegion" | "refused";
const n = "national", r = "ownRegion", no = "refused";

// The roles: ADMIN = analyst + user accounts; ANALYST reads everything nationally incl. personal
// data, reviews reports, targets, snapshots; AKIMAT writes its own region's records and report
// and reads national aggregates; DEPUTY reads dashboards and summaries, never personal data.
const expected: Record<string, Record<(typeof roles)[number], Expect>> = {
  "dashboard.read":      { ADMIN: n,  ANALYST: n,  AKIMAT: n,  DEPUTY: n },
  "summary.read":        { ADMIN: n,  ANALYST: n,  AKIMAT: n,  DEPUTY: n },
  "project.read":        { ADMIN: n,  ANALYST: n,  AKIMAT: n,  DEPUTY: n },
  "project.create":      { ADMIN: no, ANALYST: no, AKIMAT: r,  DEPUTY: no },
  "project.update":      { ADMIN: no, ANALYST: no, AKIMAT: r,  DEPUTY: no },
  "project.delete":      { ADMIN: no, ANALYST: no, AKIMAT: r,  DEPUTY: no },
  "funding.update":      { ADMIN: no, ANALYST: no, AKIMAT: r,  DEPUTY: no },
  "placement.read":      { ADMIN: n,  ANALYST: n,  AKIMAT: r,  DEPUTY: no },
  "placement.create":    { ADMIN: no, ANALYST: no, AKIMAT: r,  DEPUTY: no },
  "placement.update":    { ADMIN: no, ANALYST: no, AKIMAT: r,  DEPUTY: no },
  "placement.delete":    { ADMIN: no, ANALYST: no, AKIMAT: r,  DEPUTY: no },
  "permanentJob.create": { ADMIN: no, ANALYST: no, AKIMAT: r,  DEPUTY: no },
  "permanentJob.update": { ADMIN: no, ANALYST: no, AKIMAT: r,  DEPUTY: no },
  "permanentJob.delete": { ADMIN: no, ANALYST: no, AKIMAT: r,  DEPUTY: no },
  "import.run":          { ADMIN: no, ANALYST: no, AKIMAT: r,  DEPUTY: no },
  "report.read":         { ADMIN: n,  ANALYST: n,  AKIMAT: r,  DEPUTY: no },
  "report.submit":       { ADMIN: no, ANALYST: no, AKIMAT: r,  DEPUTY: no },
  "report.review":       { ADMIN: n,  ANALYST: n,  AKIMAT: no, DEPUTY: no },
  "report.requestReopen": { ADMIN: no, ANALYST: no, AKIMAT: r,  DEPUTY: no },
  "target.update":       { ADMIN: n,  ANALYST: n,  AKIMAT: no, DEPUTY: no },
  "snapshot.publish":    { ADMIN: n,  ANALYST: n,  AKIMAT: no, DEPUTY: no },
  "inquiry.read":        { ADMIN: n,  ANALYST: n,  AKIMAT: no, DEPUTY: n },
  "inquiry.create":      { ADMIN: n,  ANALYST: n,  AKIMAT: no, DEPUTY: n },
  "inquiry.answer":      { ADMIN: n,  ANALYST: n,  AKIMAT: no, DEPUTY: no },
  "inquiry.linkDeputies": { ADMIN: n, ANALYST: n,  AKIMAT: no, DEPUTY: no },
  "user.manage":         { ADMIN: n,  ANALYST: no, AKIMAT: no, DEPUTY: no },
  "backup.manage":       { ADMIN: n,  ANALYST: no, AKIMAT: no, DEPUTY: no },
  "audit.read":          { ADMIN: n,  ANALYST: n,  AKIMAT: no, DEPUTY: no },
  "personalData.read":   { ADMIN: n,  ANALYST: n,  AKIMAT: r,  DEPUTY: no },
  "worker.nationalRecord.update": { ADMIN: n, ANALYST: n, AKIMAT: no, DEPUTY: no },
  "export.run":          { ADMIN: n,  ANALYST: n,  AKIMAT: n,  DEPUTY: n },
};

const OWN_REGION = 11; // Akmola (KATO 11)
const OTHER_REGION = 35; // Karaganda (KATO 35)

function actorOf(role: (typeof roles)[number]): Actor {
  return { id: 1, role, regionId: role === "AKIMAT" ? OWN_REGION : null };
}

function refusal(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    if (error instanceof AuthorizationError) return error.code;
    throw error;
  }
}

describe("permission matrix", () => {
  it("has an expectation for every action, and no expectation for an action that is gone", () => {
    const missing = actions.filter((action) => !(action in expected));
    expect(missing, "add these actions to the expectation table of this test").toEqual([]);
    expect(Object.keys(expected).filter((action) => !(actions as readonly string[]).includes(action))).toEqual([]);
  });

  for (const action of actions) {
    for (const role of roles) {
      it(`${role} × ${action}`, () => {
        const expectation = expected[action]?.[role];
        expect(expectation, `no expectation for ${role} × ${action}`).toBeDefined();
        const actor = actorOf(role);

        expect(can(role, action)).toBe(expectation !== no);
        expect(grantOf(role, action)).toBe(expectation === no ? false : expectation);

        if (expectation === no) {
          expect(refusal(() => requirePermission(actor, action))).toBe("forbidden");
          expect(refusal(() => requirePermission(actor, action, { regionId: OWN_REGION }))).toBe("forbidden");
        } else if (expectation === n) {
          expect(requirePermission(actor, action)).toEqual({ regionId: null });
          expect(refusal(() => requirePermission(actor, action, { regionId: OTHER_REGION }))).toBeNull();
        } else {
          // Own region passes; another region's record is refused; without a record the caller
          // learns which region to filter by.
          expect(requirePermission(actor, action, { regionId: OWN_REGION })).toEqual({ regionId: OWN_REGION });
          expect(refusal(() => requirePermission(actor, action, { regionId: OTHER_REGION }))).toBe("wrongRegion");
          expect(requirePermission(actor, action)).toEqual({ regionId: OWN_REGION });
        }
        // Signed out: refused before the table is consulted.
        expect(refusal(() => requirePermission(null, action))).toBe("unauthenticated");
      });
    }
  }
});

describe("requirePermission edge cases", () => {
  it("refuses an akimat account that has no region, whatever the action", () => {
    const misconfigured: Actor = { id: 2, role: "AKIMAT", regionId: null };
    expect(refusal(() => requirePermission(misconfigured, "project.update", { regionId: OWN_REGION }))).toBe("forbidden");
  });

  it("refuses an action name that is not in the table (untyped callers)", () => {
    expect(can("ADMIN", "project.launchRocket" as Action)).toBe(false);
  });

  it("a deputy never reads personal data or placements", () => {
    expect(can("DEPUTY", "personalData.read")).toBe(false);
    expect(can("DEPUTY", "placement.read")).toBe(false);
  });
});
