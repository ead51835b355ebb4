"use server";
// Server actions of projects: session, permission, validation, mutation, revalidation — the only
// place a request becomes a write (docs/code-style.md). Each returns an ActionState of codes that the
// forms translate ("projects.errors.*", then the shared "errors.*").
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireProjectAccess } from "@/lib/auth/access";
import { requirePermission } from "@/lib/auth/permissions";
import { runAction, validate } from "@/lib/forms/run-action";
import type { ActionState } from "@/lib/forms/state";
import { createProject, deleteProject, updateProject } from "./mutations";
import {
  projectDeleteSchema,
  projectFormInput,
  projectFormValues,
  projectIdSchema,
  projectSchema,
  projectUpdateSchema,
} from "./schema";

export async function createProjectAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const outcome = await runAction(async (actor) => {
    requirePermission(actor, "project.create");
    return createProject(actor, validate(projectSchema, projectFormInput(formData)));
  });
  if (!outcome.ok) return { ...outcome.state, values: projectFormValues(formData) };
  revalidatePath("/projects");
  redirect(`/projects/${outcome.value.id}?saved=created`);
}

/** Bound to the project's id by the edit page; the id is checked against the stored region. */
export async function updateProjectAction(projectId: number, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const outcome = await runAction(async (actor) => {
    const id = validate(projectIdSchema, projectId);
    await requireProjectAccess(actor, "project.update", id);
    return updateProject(actor, id, validate(projectUpdateSchema, projectFormInput(formData)));
  });
  if (!outcome.ok) return { ...outcome.state, values: projectFormValues(formData) };
  revalidatePath("/projects");
  revalidatePath(`/projects/${outcome.value.id}`);
  redirect(`/projects/${outcome.value.id}?saved=updated`);
}

export async function deleteProjectAction(projectId: number, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const outcome = await runAction(async (actor) => {
    const id = validate(projectIdSchema, projectId);
    await requireProjectAccess(actor, "project.delete", id);
    const { version } = validate(projectDeleteSchema, { version: formData.get("version") ?? undefined });
    await deleteProject(actor, id, version);
  });
  if (!outcome.ok) return outcome.state;
  revalidatePath("/projects");
  redirect("/projects?deleted=1");
}
