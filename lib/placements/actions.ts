"use server";
// Server actions of placements: the only place a request becomes a placement write (docs/code-style.md).
// Each resolves the session (runAction), checks the permission against the project's region as
// stored (requireProjectAccess / the mutation's own check), validates with the shared schema,
// calls the mutation, and revalidates the project page after the try.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { RecordNotFoundError, requireProjectAccess } from "@/lib/auth/access";
import { requirePermission } from "@/lib/auth/permissions";
import { runAction, validate } from "@/lib/forms/run-action";
import { formFields, type ActionState } from "@/lib/forms/state";
import { todayInKazakhstan } from "./days";
import { addPlacement, correctPlacement, endPlacement, removePlacement } from "./mutations";
import { addPlacementSchema, editPlacementSchema, endPlacementSchema, PLACEMENT_FIELDS, recordIdSchema } from "./schema";

/** What was typed, echoed back so a refused form keeps its values. */
function typed(fields: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, typeof value === "string" ? value : ""]));
}

/** An id from a hidden input: anything but a positive integer names no record ("not found"). */
function idOf(value: FormDataEntryValue | null, entity: "project" | "placement"): number {
  const parsed = recordIdSchema.safeParse(value);
  if (!parsed.success) throw new RecordNotFoundError(entity, Number.NaN);
  return parsed.data;
}

function projectPath(projectId: number): string {
  return `/projects/${projectId}`;
}

export async function addWorkerAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const fields = formFields(formData, PLACEMENT_FIELDS);
  const outcome = await runAction(async (actor) => {
    const projectId = idOf(formData.get("projectId"), "project");
    await requireProjectAccess(actor, "placement.create", projectId);
    const input = validate(addPlacementSchema(todayInKazakhstan()), fields);
    return { projectId, ...(await addPlacement(actor, projectId, input)) };
  });
  if (!outcome.ok) return { ...outcome.state, values: typed(fields) };
  revalidatePath(projectPath(outcome.value.projectId));
  const { storedName, placementId } = outcome.value;
  return storedName
    ? { ok: true, message: "addedNameKept", params: { name: storedName }, data: { placementId } }
    : { ok: true, message: "added", data: { placementId } };
}

export async function endPlacementAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const fields = formFields(formData, ["endedAt"]);
  const outcome = await runAction(async (actor) => {
    requirePermission(actor, "placement.update");
    const placementId = idOf(formData.get("placementId"), "placement");
    const { endedAt } = validate(endPlacementSchema, fields);
    return endPlacement(actor, placementId, endedAt);
  });
  if (!outcome.ok) return { ...outcome.state, values: typed(fields) };
  revalidatePath(projectPath(outcome.value.projectId));
  return { ok: true, message: "ended" };
}

export async function correctPlacementAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const fields = formFields(formData, [...PLACEMENT_FIELDS, "projectCode"]);
  const outcome = await runAction(async (actor) => {
    requirePermission(actor, "placement.update");
    const placementId = idOf(formData.get("placementId"), "placement");
    const input = validate(editPlacementSchema(todayInKazakhstan()), fields);
    const version = formData.get("updatedAt");
    return correctPlacement(actor, placementId, input, typeof version === "string" && version ? version : undefined);
  });
  if (!outcome.ok) return { ...outcome.state, values: typed(fields) };
  const { projectId, previousProjectId, storedName } = outcome.value;
  revalidatePath(projectPath(previousProjectId));
  revalidatePath(projectPath(projectId));
  // The name on file was kept: say so on the form instead of leaving the page silently.
  if (storedName) return { ok: true, message: "correctedNameKept", params: { name: storedName }, data: { projectId } };
  redirect(projectPath(projectId));
}

export async function removePlacementAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const outcome = await runAction(async (actor) => {
    requirePermission(actor, "placement.delete");
    const placementId = idOf(formData.get("placementId"), "placement");
    return removePlacement(actor, placementId);
  });
  if (!outcome.ok) return outcome.state;
  revalidatePath(projectPath(outcome.value.projectId));
  return { ok: true, message: "removed" };
}
