"use server";
// Server actions of the monthly report: session, permission, validation, mutation, revalidation
// (docs/code-style.md). The region comes from the database by the code in the page's URL, and the
// mutation checks the viewer against THAT region, so an akimat cannot submit another region's
// month by changing the URL or the form.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/permissions";
import { runAction, validate } from "@/lib/forms/run-action";
import { DomainError, formFields, type ActionState } from "@/lib/forms/state";
import { decideReopening, requestReopening, reviewReport, submitReport } from "./mutations";
import { findRegionByCode } from "./queries";

import {
  monthKeySchema, regionCodeSchema, REOPEN_DECISION_FIELDS, REOPEN_REQUEST_FIELDS, reopenDecisionSchema, reopenRequestSchema,
  REVIEW_FIELDS, reviewReportSchema, SUBMIT_FIELDS, submitReportSchema,
} from "./schema";

async function resolveTarget(regionCode: unknown, month: unknown) {
  const code = regionCodeSchema.safeParse(regionCode);
  const key = monthKeySchema.safeParse(month);
  if (!code.success || !key.success) throw new DomainError("notFound");
  const region = await findRegionByCode(code.data);
  if (!region) throw new DomainError("notFound");
  return { regionId: region.id, month: key.data, path: `/reports/${region.code}/${key.data}` };
}

function typed(fields: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, typeof value === "string" ? value : ""]));
}

export async function submitReportAction(regionCode: string, month: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const fields = formFields(formData, SUBMIT_FIELDS);
  const outcome = await runAction(async (actor) => {
    requirePermission(actor, "report.submit");
    const target = await resolveTarget(regionCode, month);
    const result = await submitReport(actor, target, validate(submitReportSchema, fields));
    return { ...result, path: target.path };
  });
  if (!outcome.ok) return { ...outcome.state, values: typed(fields) };
  revalidatePath("/reports");
  revalidatePath(outcome.value.path);
  // The page shows the outcome (and the warning on falling adjacent-industry jobs, which is
  // not a refusal) from the query string; the form itself is gone once the month is submitted.
  redirect(`${outcome.value.path}?done=${outcome.value.adjacentDecreased ? "submittedWithDecrease" : "submitted"}`);
}

export async function reviewReportAction(regionCode: string, month: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const fields = formFields(formData, REVIEW_FIELDS);
  const outcome = await runAction(async (actor) => {
    requirePermission(actor, "report.review");
    const target = await resolveTarget(regionCode, month);
    const result = await reviewReport(actor, target, validate(reviewReportSchema, fields));
    return { ...result, path: target.path };
  });
  if (!outcome.ok) return { ...outcome.state, values: typed(fields) };
  revalidatePath("/reports");
  revalidatePath(outcome.value.path);
  redirect(`${outcome.value.path}?done=${outcome.value.status === "APPROVED" ? "approved" : "returned"}`);
}

export async function requestReopeningAction(regionCode: string, month: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const fields = formFields(formData, REOPEN_REQUEST_FIELDS);
  const outcome = await runAction(async (actor) => {
    requirePermission(actor, "report.requestReopen");
    const target = await resolveTarget(regionCode, month);
    await requestReopening(actor, target, validate(reopenRequestSchema, fields));
    return { path: target.path };
  });
  if (!outcome.ok) return { ...outcome.state, values: typed(fields) };
  revalidatePath(outcome.value.path);
  redirect(`${outcome.value.path}?done=reopenRequested`);
}

export async function decideReopeningAction(regionCode: string, month: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const fields = formFields(formData, REOPEN_DECISION_FIELDS);
  const outcome = await runAction(async (actor) => {
    requirePermission(actor, "report.review");
    const target = await resolveTarget(regionCode, month);
    const result = await decideReopening(actor, target, validate(reopenDecisionSchema, fields));
    return { ...result, path: target.path };
  });
  if (!outcome.ok) return { ...outcome.state, values: typed(fields) };
  revalidatePath("/reports");
  revalidatePath(outcome.value.path);
  redirect(`${outcome.value.path}?done=${outcome.value.reopened ? "reopened" : "reopenRefused"}`);
}
