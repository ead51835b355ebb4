"use server";
// Server actions of the import page: session, permission, validation, then the job is written
// and its work started in the background of this server process (not awaited); the page then
// follows the job's progress in the database. redirect/revalidate come after runAction.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runAction, validate } from "@/lib/forms/run-action";
import { DomainError, type ActionState } from "@/lib/forms/state";
import { cancelImportJob, confirmImportJob, createImportJob } from "./mutations";
import { startImportJob } from "./runner.server";
import { fileProblem, jobIdSchema, uploadSchema } from "./schema";

export async function uploadImportAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const file = formData.get("file");
  const outcome = await runAction(async (actor) => {
    const { kind } = validate(uploadSchema, { kind: formData.get("kind") ?? undefined });
    const upload = file instanceof File ? file : null;
    // Checked before the bytes are read: a refused file is not buffered.
    const problem = fileProblem(upload);
    if (problem) throw new DomainError(problem.code, "file", problem.params);
    const id = await createImportJob(actor, kind, { name: upload!.name, bytes: new Uint8Array(await upload!.arrayBuffer()) });
    startImportJob(id);
    return id;
  });
  if (!outcome.ok) return { ...outcome.state, values: { kind: String(formData.get("kind") ?? "") } };
  revalidatePath("/imports");
  redirect(`/imports/${outcome.value}`);
}

export async function confirmImportAction(jobId: number, _previous: ActionState): Promise<ActionState> {
  const outcome = await runAction(async (actor) => {
    const id = validate(jobIdSchema, jobId);
    await confirmImportJob(actor, id);
    startImportJob(id);
    return id;
  });
  if (!outcome.ok) return outcome.state;
  revalidatePath(`/imports/${outcome.value}`);
  return { ok: true, message: "confirmed" };
}

export async function cancelImportAction(jobId: number, _previous: ActionState): Promise<ActionState> {
  const outcome = await runAction(async (actor) => {
    const id = validate(jobIdSchema, jobId);
    await cancelImportJob(actor, id);
    return id;
  });
  if (!outcome.ok) return outcome.state;
  revalidatePath(`/imports/${outcome.value}`);
  revalidatePath("/imports");
  return { ok: true, message: "cancelled" };
}
