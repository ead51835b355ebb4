// The permanent-job form (for commissioned objects: the permanent positions created
// (title, employer, date), filled or vacant, and who fills them, optionally linked to a worker).
// One schema for the browser form and the server action; errors are codes translated from
// "permanentJobs.errors" or the shared "errors". No server-only imports.
import { z } from "zod";
import { iinInvalidReason } from "@/lib/iin";
import { checkbox, optionalText, requiredDay, requiredText, todayInKazakhstan } from "@/lib/projects/fields";
import { fullNameProblem, FULL_NAME_MAX_LENGTH } from "@/lib/workers/schema";

// The IIN is personal data: it is only ever typed here to find the Worker, never stored twice.
const workerIin = optionalText(12).superRefine((value, ctx) => {
  if (value === null) return;
  const reason = iinInvalidReason(value);
  if (reason) ctx.addIssue({ code: "custom", message: `iin${reason[0]!.toUpperCase()}${reason.slice(1)}` });
});

// The person's name, needed when the IIN is not yet among the region's own people: the region
// keeps the name it typed (docs/privacy.md), whatever any other region knows of the person.
const workerName = optionalText(FULL_NAME_MAX_LENGTH).transform((value) => (value === null ? null : value.replace(/\s+/g, " "))).superRefine((value, ctx) => {
  const problem = value === null ? null : fullNameProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

export const permanentJobSchema = z
  .object({
    title: requiredText(200),
    employer: requiredText(300),
    createdOn: requiredDay,
    filled: checkbox,
    workerIin,
    workerName,
  })
  .superRefine((value, ctx) => {
    if (value.createdOn > todayInKazakhstan()) ctx.addIssue({ code: "custom", path: ["createdOn"], message: "dateInFuture" });
    // A vacant position has nobody in it.
    if (value.workerIin !== null && !value.filled) ctx.addIssue({ code: "custom", path: ["workerIin"], message: "workerOnlyWhenFilled" });
  });

export type PermanentJobInput = z.output<typeof permanentJobSchema>;

export const PERMANENT_JOB_FIELDS = ["title", "employer", "createdOn", "filled", "workerIin", "workerName"] as const;

export const permanentJobIdSchema = z.coerce.number().int().positive().max(2_147_483_647);

export function permanentJobFormInput(formData: FormData): Record<string, unknown> {
  return Object.fromEntries(PERMANENT_JOB_FIELDS.map((field) => [field, formData.get(field) ?? undefined]));
}
