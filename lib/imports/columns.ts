// The columns of the two import files. One list per kind drives
// the templates, the header recognition, the row validators and the help shown on the page.
// Labels and explanations are in messages/{ru,kk,en}.json under "imports.columns.<kind>.<key>"
// and "imports.help.<kind>.<key>"; the `key` itself is also accepted as a header.
import type { FundingSource, ImportKind } from "@/generated/prisma/enums";
import { POSITION_MAX_LENGTH, REFERRAL_NUMBER_MAX_LENGTH } from "@/lib/placements/rules";
import { CATEGORIES, PROJECT_STATUSES, PROJECT_TEXT_LIMITS, WORK_TYPES } from "@/lib/projects/vocabulary";
import { FULL_NAME_MAX_LENGTH } from "@/lib/workers/rules";

export type ColumnType =
  | "text"
  | "code"
  | "iin"
  | "bin"
  | "date"
  | "int"
  | "money"
  | "boolean"
  | "category"
  | "workType"
  | "status"
  | "region"
  | "district"
  | "coordinate";

export type ColumnSpec = {
  key: string;
  type: ColumnType;
  required: boolean;
  /** Longest accepted text, for text-like columns. */
  maxLength?: number;
};

export const IMPORT_KINDS = ["PROJECTS", "PLACEMENTS"] as const satisfies readonly ImportKind[];

const column = (key: string, type: ColumnType, required = false, maxLength?: number): ColumnSpec => ({ key, type, required, maxLength });

/** Money per funding source: an allocated and a disbursed column for each. */
export const FUNDING_COLUMNS: ReadonlyArray<{ source: FundingSource; allocated: string; disbursed: string }> = [
  { source: "REPUBLICAN_BUDGET", allocated: "allocatedRepublican", disbursed: "disbursedRepublican" },
  { source: "LOCAL_BUDGET", allocated: "allocatedLocal", disbursed: "disbursedLocal" },
  { source: "BOND_LOANS", allocated: "allocatedBonds", disbursed: "disbursedBonds" },
  { source: "OTHER", allocated: "allocatedOther", disbursed: "disbursedOther" },
];

/** One row per project, keyed by its code. */
export const PROJECT_COLUMNS: readonly ColumnSpec[] = [
  column("code", "code", true, PROJECT_TEXT_LIMITS.code),
  column("name", "text", true, PROJECT_TEXT_LIMITS.name),
  column("region", "region", true),
  column("district", "district"),
  column("settlement", "text", false, PROJECT_TEXT_LIMITS.settlement),
  column("category", "category", true),
  column("workType", "workType", true),
  column("status", "status"),
  column("programmeYear", "int", true),
  column("plannedStart", "date"),
  column("plannedEnd", "date"),
  column("actualStart", "date"),
  column("actualEnd", "date"),
  column("commissionedAt", "date"),
  column("latitude", "coordinate"),
  column("longitude", "coordinate"),
  column("contractorName", "text", false, PROJECT_TEXT_LIMITS.contractorName),
  column("contractorBin", "bin"),
  column("plannedTemporaryJobs", "int"),
  column("plannedPermanentJobs", "int"),
  ...FUNDING_COLUMNS.flatMap((f) => [column(f.allocated, "money"), column(f.disbursed, "money")]),
];

/**
 * One row per placement, keyed by IIN + project code + hiring date. Youth is NOT a column: it is
 * computed from the IIN's birth date and the hiring date (Law No. 285-V, art. 1), never typed.
 */
export const PLACEMENT_COLUMNS: readonly ColumnSpec[] = [
  column("iin", "iin", true),
  column("fullName", "text", true, FULL_NAME_MAX_LENGTH),
  column("projectCode", "code", true, PROJECT_TEXT_LIMITS.code),
  column("hiredAt", "date", true),
  column("endedAt", "date"),
  column("position", "text", false, POSITION_MAX_LENGTH),
  column("referredByEmploymentCentre", "boolean"),
  column("referralNumber", "text", false, REFERRAL_NUMBER_MAX_LENGTH),
  column("unemployedBeforeHiring", "boolean"),
];

export function columnsOf(kind: ImportKind): readonly ColumnSpec[] {
  return kind === "PROJECTS" ? PROJECT_COLUMNS : PLACEMENT_COLUMNS;
}

/** The enum-valued column types and their codes, in the order the template lists them. */
export const ENUM_CODES = { category: CATEGORIES, workType: WORK_TYPES, status: PROJECT_STATUSES } as const;

export type EnumColumnType = keyof typeof ENUM_CODES;

export function isEnumType(type: ColumnType): type is EnumColumnType {
  return type in ENUM_CODES;
}

/** URL segment of a kind, e.g. /imports/templates/placements. */
export function kindSlug(kind: ImportKind): string {
  return kind.toLowerCase();
}

export function kindFromSlug(slug: string): ImportKind | null {
  return IMPORT_KINDS.find((kind) => kindSlug(kind) === slug) ?? null;
}
