// The project form: one zod schema validates it in the browser and again in the server action
// (docs/code-style.md, "Forms and errors"). Errors are CODES, translated from
// "projects.errors.<code>" or the shared "errors". No server-only imports.
import { z } from "zod";
import { fundingFieldName } from "./form-fields";
import type { FundingSource } from "@/generated/prisma/enums";
import { binInvalidReason } from "@/lib/iin";
import {
  choice,
  decimalNumber,
  optionalDay,
  optionalId,
  optionalText,
  requiredId,
  requiredText,
  tenge,
  tiyn,
  todayInKazakhstan,
  wholeNumber,
} from "./fields";
import { statusDateIssues } from "./status";
import { CATEGORIES, FUNDING_SOURCES, PROGRAMME_YEARS, PROJECT_STATUSES, PROJECT_TEXT_LIMITS, WORK_TYPES } from "./vocabulary";

export { CATEGORIES, FUNDING_SOURCES, PROGRAMME_YEARS, PROJECT_STATUSES, WORK_TYPES };

/** Kazakhstan's bounding box with a margin: a point outside it is a typing error. */
export const KAZAKHSTAN_BOUNDS = { minLatitude: 40.5, maxLatitude: 55.5, minLongitude: 46.5, maxLongitude: 87.5 } as const;

// Codes are identifiers people type and search for; upper case so "dkz-…" and "DKZ-…" are one code.
const code = requiredText(PROJECT_TEXT_LIMITS.code)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}._/-]*$/u, { error: "codeFormat" })
  .transform((value) => value.toUpperCase());

const contractorBin = optionalText(12).superRefine((value, ctx) => {
  if (value === null) return;
  const reason = binInvalidReason(value);
  // "binChecksum", "binLength", …: the reader is told what is wrong, not only that it is.
  if (reason) ctx.addIssue({ code: "custom", message: `bin${reason[0]!.toUpperCase()}${reason.slice(1)}` });
});

const fundingEntry = z.object({ allocated: tenge, disbursed: tenge });
const funding = z.object(
  Object.fromEntries(FUNDING_SOURCES.map((source) => [source, fundingEntry])) as Record<FundingSource, typeof fundingEntry>,
);

const projectFields = z.object({
  code,
  name: requiredText(PROJECT_TEXT_LIMITS.name),
  regionId: requiredId,
  districtId: optionalId,
  settlement: optionalText(PROJECT_TEXT_LIMITS.settlement),
  category: choice(CATEGORIES),
  workType: choice(WORK_TYPES),
  status: choice(PROJECT_STATUSES),
  programmeYear: wholeNumber(PROGRAMME_YEARS.min, PROGRAMME_YEARS.max),
  plannedStart: optionalDay,
  plannedEnd: optionalDay,
  actualStart: optionalDay,
  actualEnd: optionalDay,
  commissionedAt: optionalDay,
  latitude: decimalNumber(KAZAKHSTAN_BOUNDS.minLatitude, KAZAKHSTAN_BOUNDS.maxLatitude, 6),
  longitude: decimalNumber(KAZAKHSTAN_BOUNDS.minLongitude, KAZAKHSTAN_BOUNDS.maxLongitude, 6),
  contractorName: optionalText(PROJECT_TEXT_LIMITS.contractorName),
  contractorBin,
  plannedTemporaryJobs: wholeNumber(0, 100_000, 0),
  plannedPermanentJobs: wholeNumber(0, 100_000, 0),
  funding,
  // When a status change and a funding change take effect (docs/domain.md): empty = today. They
  // date the history rows the database writes (ProjectStatusChange, FundingChange), not the project.
  statusSince: optionalDay,
  fundingOn: optionalDay,
});

type ProjectFields = z.output<typeof projectFields>;

/** Rules across fields; each issue names the field the person must fix. */
function crossFieldRules(value: ProjectFields, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
  if (value.plannedStart && value.plannedEnd && value.plannedEnd < value.plannedStart) issue(["plannedEnd"], "endBeforeStart");
  if (value.actualStart && value.actualEnd && value.actualEnd < value.actualStart) issue(["actualEnd"], "endBeforeStart");
  // Actual dates record what happened: a date after today is a typing error.
  const today = todayInKazakhstan();
  for (const field of ["actualStart", "actualEnd", "commissionedAt", "statusSince", "fundingOn"] as const) {
    const date = value[field];
    if (date && date > today) issue([field], "dateInFuture");
  }
  if ((value.latitude === null) !== (value.longitude === null)) {
    issue([value.latitude === null ? "latitude" : "longitude"], "coordinatesPair");
  }
  for (const source of FUNDING_SOURCES) {
    const { allocated, disbursed } = value.funding[source];
    // zod runs this rule even when an amount failed its own check (then it is still the typed
    // text, e.g. "12млн"): compare only amounts that are amounts.
    const [given, spent] = [tenge.safeParse(allocated), tenge.safeParse(disbursed)];
    if (given.success && spent.success && tiyn(spent.data) > tiyn(given.data)) issue(["funding", source, "disbursed"], "disbursedOverAllocated");
  }
  for (const { field, code: message } of statusDateIssues(value.status, value)) issue([field], message);
}

export const projectSchema = projectFields.superRefine(crossFieldRules);
export type ProjectInput = z.output<typeof projectSchema>;

/** Edits carry the version the person read (optimistic locking). */
export const projectUpdateSchema = projectFields
  .extend({ version: wholeNumber(1, 2_147_483_647) })
  .superRefine(crossFieldRules);
export type ProjectUpdateInput = z.output<typeof projectUpdateSchema>;

export const projectDeleteSchema = z.object({ version: wholeNumber(1, 2_147_483_647) });

export const projectIdSchema = z.coerce.number().int().positive().max(2_147_483_647);

/** Names of the plain form fields, in form order. */
export const PROJECT_FORM_FIELDS = [
  "code",
  "name",
  "regionId",
  "districtId",
  "settlement",
  "category",
  "workType",
  "status",
  "programmeYear",
  "plannedStart",
  "plannedEnd",
  "actualStart",
  "actualEnd",
  "commissionedAt",
  "latitude",
  "longitude",
  "contractorName",
  "contractorBin",
  "plannedTemporaryJobs",
  "plannedPermanentJobs",
  "statusSince",
  "fundingOn",
  "version",
] as const;

export { fundingFieldName };

/** A submitted form as the schema's input (funding nested by source). */
export function projectFormInput(formData: FormData): Record<string, unknown> {
  const input: Record<string, unknown> = Object.fromEntries(PROJECT_FORM_FIELDS.map((field) => [field, formData.get(field) ?? undefined]));
  input.funding = Object.fromEntries(
    FUNDING_SOURCES.map((source) => [
      source,
      { allocated: formData.get(fundingFieldName(source, "allocated")) ?? undefined, disbursed: formData.get(fundingFieldName(source, "disbursed")) ?? undefined },
    ]),
  );
  return input;
}

/** What was typed, echoed back so a refused form keeps its values. */
export function projectFormValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === "string" && !key.startsWith("$")) values[key] = value;
  return values;
}
