"use server";
// Server actions of deputies' inquiries: session, permission, validation, mutation,
// revalidation. Codes come back to the forms and are translated there ("inquiries.errors").
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { can, requirePermission } from "@/lib/auth/permissions";
import { DomainError, formFields, type ActionState } from "@/lib/forms/state";
import { runAction, validate } from "@/lib/forms/run-action";
import { translatorFor } from "@/lib/pdf/translator";
import { getSnapshot } from "@/lib/snapshots/queries";
import { draftAnswerText } from "./answer";
import { createInquiry, saveAnswer, sendAnswer } from "./mutations";
import { getInquiryForAnswer } from "./queries";
import { answerSchema, createInquirySchema, draftAnswerSchema, inquiryIdSchema } from "./schema";

const echo = (fields: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, typeof value === "string" ? value : ""]));

function inquiryId(value: unknown): number {
  const parsed = inquiryIdSchema.safeParse(value);
  if (!parsed.success) throw new DomainError("notFound");
  return parsed.data;
}

export async function createInquiryAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const fields = formFields(formData, ["number", "receivedOn", "dueOn", "authors", "faction", "subject"]);
  const deputyIds = formData.getAll("deputyIds").map(String);
  const outcome = await runAction((actor) => {
    requirePermission(actor, "inquiry.create");
    // A deputy's form offers no co-signers; ids sent anyway are dropped (createInquiry does too).
    const linked = can(actor.role, "inquiry.linkDeputies") ? deputyIds : [];
    return createInquiry(actor, validate(createInquirySchema, { ...fields, deputyIds: linked }));
  });
  if (!outcome.ok) return { ...outcome.state, values: { ...echo(fields), deputyIds: deputyIds.join(",") } };
  revalidatePath("/inquiries");
  redirect(`/inquiries/${outcome.value.id}`);
}

/** Pre-fills the answer from a snapshot, in the chosen language; saves nothing. */
export async function draftAnswerAction(id: number, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const fields = formFields(formData, ["snapshotId", "answerLocale"]);
  const outcome = await runAction(async (actor) => {
    requirePermission(actor, "inquiry.answer");
    const input = validate(draftAnswerSchema, fields);
    const [inquiry, snapshot] = await Promise.all([getInquiryForAnswer(actor, inquiryId(id)), getSnapshot(actor, input.snapshotId)]);
    if (!inquiry) throw new DomainError("notFound");
    if (!snapshot) throw new DomainError("snapshotNotFound", "snapshotId");
    const t = await translatorFor(input.answerLocale);
    return draftAnswerText(t, input.answerLocale, { inquiry, snapshot });
  });
  if (!outcome.ok) return outcome.state;
  return { ok: true, message: "drafted", data: { text: outcome.value } };
}

async function writeAnswer(id: number, formData: FormData, send: boolean): Promise<ActionState> {
  const fields = formFields(formData, ["snapshotId", "answerLocale", "answerText"]);
  const outcome = await runAction((actor) => {
    requirePermission(actor, "inquiry.answer");
    const input = validate(answerSchema, fields);
    return (send ? sendAnswer : saveAnswer)(actor, inquiryId(id), input);
  });
  if (!outcome.ok) return { ...outcome.state, values: echo(fields) };
  revalidatePath("/inquiries");
  revalidatePath(`/inquiries/${id}`);
  return { ok: true, message: send ? "sent" : "saved", values: echo(fields) };
}

export async function saveAnswerAction(id: number, _previous: ActionState, formData: FormData): Promise<ActionState> {
  return writeAnswer(id, formData, false);
}

export async function sendAnswerAction(id: number, _previous: ActionState, formData: FormData): Promise<ActionState> {
  return writeAnswer(id, formData, true);
}
