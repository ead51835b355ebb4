"use server";
// Server actions of the import page: session, permission, validation, then the job's next phase
// is queued for a worker (lib/jobs); the page then follows the job's progress in the database. revalidate comes after runAction. The upload itself is a
// route handler (app/imports/upload/route.ts): only it may receive a large body.
import { revalidatePath } from "next/cache";
import { runAction, validate } from "@/lib/forms/run-action";
import type { ActionState } from "@/lib/forms/state";
import { cancelImportJob, confirmImportJob } from "./mutations";
import { jobIdSchema } from "./schema";

export async function confirmImportAction(jobId: number, _previous: ActionState): Promise<ActionState> {
  const outcome = await runAction(async (actor) => {
    const id = validate(jobIdSchema, jobId);
    await confirmImportJob(actor, id);
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
