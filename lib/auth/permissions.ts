// The one table of who may do what (docs/code-style.md). Every server action, loader and route
// handler asks it; proxy.ts only redirects signed-out visitors and decides nothing here.
// No I/O and no server-only imports: client components may ask `can()` to hide buttons, but
// hiding a button is never the check — the server asks again.
import type { Role } from "@/generated/prisma/enums";
import { DomainError } from "@/lib/forms/state";

export const roles = ["ADMIN", "ANALYST", "AKIMAT", "DEPUTY"] as const satisfies readonly Role[];

export const actions = [
  "dashboard.read",
  "summary.read",
  "project.read",
  "project.create",
  "project.update",
  "project.delete",
  "funding.update",
  "placement.read",
  "placement.create",
  "placement.update",
  "placement.delete",
  "permanentJob.create",
  "permanentJob.update",
  "permanentJob.delete",
  "import.run",
  "report.read",
  "report.submit",
  "report.review",
  "report.requestReopen",
  "target.update",
  "snapshot.publish",
  "inquiry.read",
  "inquiry.create",
  "inquiry.answer",
  "inquiry.linkDeputies",
  "user.manage",
  "backup.manage",
  "audit.read",
  "personalData.read",
  "worker.nationalRecord.update",
  "export.run",
] as const;

export type Action = (typeof actions)[number];

/**
 * false: refused. "national": any record in the country.
 * "ownRegion": only records of the user's own region (AKIMAT). The record's region must come
 * from the database, never from the request (see requirePermission).
 */
export type Grant = false | "national" | "ownRegion";

const N = "national" as const;
const R = "ownRegion" as const;

// Columns: ADMIN, ANALYST, AKIMAT, DEPUTY.
// ADMIN = everything an analyst may + user.manage. ANALYST = the ministry: reads everything
// nationally incl. personal data, reviews reports (Order No. 55-р: regions report to the
// Ministry of Labour), sets targets, publishes snapshots, registers incoming deputies' inquiries
// and answers them. AKIMAT = the
// regional administration: writes its own region's records and report, reads national
// aggregates. DEPUTY = member of Parliament: reads dashboards, summary, projects and inquiries
// (ДЗ-145 is a deputies' inquiry) and never personal data — IINs and names are personal data
// under the Law of RK "On personal data and their protection".
const table: Record<Action, readonly [Grant, Grant, Grant, Grant]> = {
  //                     ADMIN  ANALYST AKIMAT DEPUTY
  "dashboard.read":      [N,     N,      N,     N],
  "summary.read":        [N,     N,      N,     N],
  "project.read":        [N,     N,      N,     N],
  "project.create":      [false, false,  R,     false],
  "project.update":      [false, false,  R,     false],
  "project.delete":      [false, false,  R,     false],
  "funding.update":      [false, false,  R,     false],
  "placement.read":      [N,     N,      R,     false],
  "placement.create":    [false, false,  R,     false],
  "placement.update":    [false, false,  R,     false],
  "placement.delete":    [false, false,  R,     false],
  "permanentJob.create": [false, false,  R,     false],
  "permanentJob.update": [false, false,  R,     false],
  "permanentJob.delete": [false, false,  R,     false],
  "import.run":          [false, false,  R,     false],
  "report.read":         [N,     N,      R,     false],
  "report.submit":       [false, false,  R,     false],
  "report.review":       [N,     N,      false, false],
  "report.requestReopen": [false, false,  R,     false],
  "target.update":       [N,     N,      false, false],
  "snapshot.publish":    [N,     N,      false, false],
  "inquiry.read":        [N,     N,      false, N],
  "inquiry.create":      [N,     N,      false, N],
  "inquiry.answer":      [N,     N,      false, false],
  // Linking deputies' accounts to an inquiry (co-signers) is the ministry's registry work: a
  // deputy registers inquiries for themself only and never picks other deputies.
  "inquiry.linkDeputies": [N,    N,      false, false],
  "user.manage":         [N,     false,  false, false],
  // Backups (docs/backups.md): their state, and "Back up now". Administrators run the service; the
  // files hold every region's personal data, so nobody else even sees where they are.
  "backup.manage":       [N,     false,  false, false],
  "audit.read":          [N,     N,      false, false],
  "personalData.read":   [N,     N,      R,     false],
  // The national record of a person (Worker.fullName): only the ministry corrects it; a region
  // corrects its own spelling (WorkerRegionName, docs/privacy.md).
  "worker.nationalRecord.update": [N, N,  false, false],
  "export.run":          [N,     N,      N,     N],
};

/** The grant of one role for one action. */
export function grantOf(role: Role, action: Action): Grant {
  const row = table[action];
  if (!row) return false; // an unknown action string from untyped code: refuse
  return row[roles.indexOf(role as (typeof roles)[number])] ?? false;
}

/** Whether the role may do the action at all (for some record). */
export function can(role: Role, action: Action): boolean {
  return grantOf(role, action) !== false;
}

/** What the permission helpers need to know about the person asking. */
export type Actor = { id: number; role: Role; regionId: number | null };

export type AuthorizationErrorCode = "unauthenticated" | "forbidden" | "wrongRegion";

export class AuthorizationError extends DomainError {
  declare readonly code: AuthorizationErrorCode;
  readonly action: Action;
  constructor(code: AuthorizationErrorCode, action: Action) {
    super(code, undefined, undefined, `${code}: ${action}`);
    this.name = "AuthorizationError";
    this.action = action;
  }
}

export function isAuthorizationError(error: unknown): error is AuthorizationError {
  return error instanceof AuthorizationError;
}

/**
 * Throws AuthorizationError unless `user` may do `action`, and returns the region the caller is
 * limited to (null = the whole country) so that list queries can filter by it.
 *
 * `scope.regionId` is the region of the record being read or changed. Callers MUST take it from
 * the DATABASE (load the record, use its regionId), never from a form field, a URL or a JSON
 * body: otherwise an akimat changes an id in a request and edits another region's record. Use
 * requireProjectAccess / requirePlacementAccess (lib/auth/access.ts), which load it. The one
 * exception is a record being created: there the region in the input IS the record's region,
 * and checking it here is exactly what stops an akimat creating records elsewhere.
 *
 * Without `scope`, a region-limited grant passes and the returned region must be applied by
 * the caller's query (e.g. a placement list filtered to that region).
 */
export function requirePermission(
  user: Actor | null | undefined,
  action: Action,
  scope?: { regionId?: number | null },
): { regionId: number | null } {
  if (!user) throw new AuthorizationError("unauthenticated", action);
  const grant = grantOf(user.role, action);
  if (grant === false) throw new AuthorizationError("forbidden", action);
  if (grant === "national") return { regionId: null };
  // "ownRegion": an akimat account without a region is misconfigured; refuse everything.
  if (user.regionId == null) throw new AuthorizationError("forbidden", action);
  if (scope && scope.regionId !== undefined && scope.regionId !== user.regionId) {
    throw new AuthorizationError("wrongRegion", action);
  }
  return { regionId: user.regionId };
}

/** Same decision as requirePermission, as a boolean, for showing or hiding UI. */
export function allows(user: Actor | null | undefined, action: Action, scope?: { regionId?: number | null }): boolean {
  try {
    requirePermission(user, action, scope);
    return true;
  } catch (error) {
    if (isAuthorizationError(error)) return false;
    throw error;
  }
}
