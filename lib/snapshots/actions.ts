"use server";
// Server actions of snapshots: session, permission, validation, mutation, revalidation.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formFields, type ActionState } from "@/lib/forms/state";
import { runAction, validate } from "@/lib/forms/run-action";
import { requirePermission } from "@/lib/auth/permissions";
import { publishSnapshot } from "./mutations";
import { publishSnapshotSchema } from "./schema";

export async function publishSnapshotAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const fields = formFields(formData, ["title", "note", "asOf"]);
  const outcome = await runAction((actor) => {
    requirePermission(actor, "snapshot.publish");
    return publishSnapshot(actor, validate(publishSnapshotSchema, fields));
  });
  if (!outcome.ok) return { ...outcome.state, values: { title: String(fields.title ?? ""), note: String(fields.note ?? ""), asOf: String(fields.asOf ?? "") } };
  revalidatePath("/summary", "layout");
  redirect(`/summary?snapshot=${outcome.value.id}&published=1`);
}
