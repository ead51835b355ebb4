// Region checks against the database: an akimat may read-for-edit, change or delete
// only records of its own region, and the region of an existing record is read HERE, from the
// database, never taken from the form, the URL or a JSON body. Changing an id in a request
// therefore leads to a record whose real region is checked.
import "server-only";
import { DomainError } from "@/lib/forms/state";
import { requirePermission, type Action, type Actor } from "./permissions";
import { regionOfPermanentJob, regionOfPlacement, regionOfProject } from "./queries";

/** Thrown when the id names no record; callers show "not found" (404), not "forbidden". */
export class RecordNotFoundError extends DomainError {
  constructor(
    readonly entity: "project" | "placement" | "permanentJob" | "worker",
    readonly id: number,
  ) {
    super("notFound", undefined, undefined, `${entity} ${id} not found`);
    this.name = "RecordNotFoundError";
  }
}

/**
 * Checks `action` on the stored project with this id and returns its region. The role is
 * checked before the lookup, so a refused role cannot probe which ids exist.
 * When a record moves to another project (e.g. a placement), check the target project too.
 */
export async function requireProjectAccess(user: Actor | null | undefined, action: Action, projectId: number): Promise<{ regionId: number }> {
  requirePermission(user, action);
  const regionId = await regionOfProject(projectId);
  if (regionId === null) throw new RecordNotFoundError("project", projectId);
  requirePermission(user, action, { regionId });
  return { regionId };
}

/** Same for a placement: the region is that of the project it belongs to, as stored. */
export async function requirePlacementAccess(user: Actor | null | undefined, action: Action, placementId: number): Promise<{ regionId: number; projectId: number }> {
  requirePermission(user, action);
  const record = await regionOfPlacement(placementId);
  if (!record) throw new RecordNotFoundError("placement", placementId);
  requirePermission(user, action, { regionId: record.regionId });
  return record;
}

/** Same for a permanent job at a commissioned object. */
export async function requirePermanentJobAccess(user: Actor | null | undefined, action: Action, permanentJobId: number): Promise<{ regionId: number; projectId: number }> {
  requirePermission(user, action);
  const record = await regionOfPermanentJob(permanentJobId);
  if (!record) throw new RecordNotFoundError("permanentJob", permanentJobId);
  requirePermission(user, action, { regionId: record.regionId });
  return record;
}
