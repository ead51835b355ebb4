"use server";
// Server actions of the national record of a person: only the ministry corrects it
// (permission "worker.nationalRecord.update"); regions correct their own spelling through the
// placement form (docs/privacy.md).
import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/permissions";
import { runAction, validate } from "@/lib/forms/run-action";
import { formFields, type ActionState } from "@/lib/forms/state";
import { correctNationalName } from "./mutations";
import { nationalNameSchema, workerIdSchema } from "./schema";

export async function correctNationalNameAction(workerId: number, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const fields = formFields(formData, ["fullName"]);
  const outcome = await runAction(async (actor) => {
    requirePermission(actor, "worker.nationalRecord.update");
    const id = validate(workerIdSchema, workerId);
    const { fullName } = validate(nationalNameSchema, fields);
    await correctNationalName(actor, id, fullName);
    return id;
  });
  if (!outcome.ok) return { ...outcome.state, values: { fullName: typeof fields.fullName === "string" ? fields.fullName : "" } };
  revalidatePath(`/workers/${outcome.value}`);
  return { ok: true, message: "nationalNameSaved" };
}
