"use server";
// Server actions of permanent jobs: session, permission on the STORED project's region,
// validation, mutation, revalidation (docs/code-style.md). The forms stay on the project page, so the
// actions return a success code instead of redirecting.
import { revalidatePath } from "next/cache";
import { requirePermanentJobAccess, requireProjectAccess } from "@/lib/auth/access";
import { runAction, validate } from "@/lib/forms/run-action";
import type { ActionState } from "@/lib/forms/state";
import { projectIdSchema, projectFormValues } from "@/lib/projects/schema";
import { createPermanentJob, deletePermanentJob, setPermanentJobFilled, updatePermanentJob } from "./mutations";
import { permanentJobFormInput, permanentJobIdSchema, permanentJobSchema } from "./schema";

export async function createPermanentJobAction(projectId: number, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const outcome = await runAction(async (actor) => {
    const id = validate(projectIdSchema, projectId);
    await requireProjectAccess(actor, "permanentJob.create", id);
    await createPermanentJob(actor, id, validate(permanentJobSchema, permanentJobFormInput(formData)));
    return id;
  });
  if (!outcome.ok) return { ...outcome.state, values: projectFormValues(formData) };
  revalidatePath(`/projects/${outcome.value}`);
  return { ok: true, message: "created", data: { savedAt: Date.now() } };
}

export async function updatePermanentJobAction(jobId: number, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const outcome = await runAction(async (actor) => {
    const id = validate(permanentJobIdSchema, jobId);
    const { projectId } = await requirePermanentJobAccess(actor, "permanentJob.update", id);
    await updatePermanentJob(actor, id, validate(permanentJobSchema, permanentJobFormInput(formData)));
    return projectId;
  });
  if (!outcome.ok) return { ...outcome.state, values: projectFormValues(formData) };
  revalidatePath(`/projects/${outcome.value}`);
  return { ok: true, message: "updated", data: { savedAt: Date.now() } };
}

export async function setPermanentJobFilledAction(jobId: number, filled: boolean, _previous: ActionState): Promise<ActionState> {
  const outcome = await runAction(async (actor) => {
    const id = validate(permanentJobIdSchema, jobId);
    const { projectId } = await requirePermanentJobAccess(actor, "permanentJob.update", id);
    if (typeof filled !== "boolean") throw new TypeError("filled must be a boolean");
    await setPermanentJobFilled(actor, id, filled);
    return projectId;
  });
  if (!outcome.ok) return outcome.state;
  revalidatePath(`/projects/${outcome.value}`);
  return { ok: true, message: filled ? "filled" : "vacated" };
}

export async function deletePermanentJobAction(jobId: number, _previous: ActionState): Promise<ActionState> {
  const outcome = await runAction(async (actor) => {
    const id = validate(permanentJobIdSchema, jobId);
    await requirePermanentJobAccess(actor, "permanentJob.delete", id);
    return (await deletePermanentJob(actor, id)).projectId;
  });
  if (!outcome.ok) return outcome.state;
  revalidatePath(`/projects/${outcome.value}`);
  return { ok: true, message: "deleted" };
}
