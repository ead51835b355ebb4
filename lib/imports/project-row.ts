// One row of a projects file. Two steps, because a row may update a stored project:
// 1. readProjectCells (while the file is read): the cells spreadsheets hold — dates as
//    DD.MM.YYYY or Excel dates, enum names in any language, the region as a KATO code or name,
//    the district by name — become the project form's input, and the region must be the
//    importing akimat's own (a row for another region is an error);
// 2. checkProjectRow (once the stored projects are loaded): the columns the file has replace
//    the stored values, the columns it leaves out keep them, and the result is validated by the
//    SAME schema as the project form (lib/projects/schema.ts), so both refuse the same things.
import type { FundingSource } from "@/generated/prisma/enums";
import { projectSchema, type ProjectInput } from "@/lib/projects/schema";
import { utcDate } from "@/lib/iin/calendarDate";
import { FUNDING_COLUMNS, PROJECT_COLUMNS } from "./columns";
import { readColumns, type RowError, type RowResult, shown } from "./rows";
import { type CellValue } from "./values";
import { normaliseWord } from "./vocabulary";

export type DistrictRef = { id: number; names: string[] };
export type RegionRef = { id: number; code: string; names: string[]; districts: DistrictRef[] };
export type ProjectContext = { regions: readonly RegionRef[]; regionId: number };

/** The form's input of one row, with the columns the file has. */
export type ProjectCells = { row: number; code: string; input: Record<string, unknown> };

/** A checked row, ready to stage. */
export type ProjectRow = ProjectInput & { row: number; regionId: number };

export function regionLookup(regions: readonly RegionRef[]): (value: string) => RegionRef | undefined {
  const index = new Map<string, RegionRef>();
  for (const region of regions) {
    index.set(region.code, region);
    for (const name of region.names) index.set(normaliseWord(name), region);
  }
  return (value) => index.get(normaliseWord(value.replace(/^kz-/i, "")));
}

const FORM_FIELD: Record<string, string> = { region: "regionId", district: "districtId" };
const fundingOf = new Map<string, readonly [FundingSource, "allocated" | "disbursed"]>(
  FUNDING_COLUMNS.flatMap((f) => [[f.allocated, [f.source, "allocated"]] as const, [f.disbursed, [f.source, "disbursed"]] as const]),
);

export function readProjectCells(
  row: number,
  record: Record<string, CellValue>,
  context: ProjectContext,
  findRegion: (value: string) => RegionRef | undefined,
): RowResult<ProjectCells> {
  const present = PROJECT_COLUMNS.filter((c) => c.key in record);
  const { values, errors } = readColumns(row, present, record);
  const input: Record<string, unknown> = {};
  const funding: Partial<Record<FundingSource, Record<string, unknown>>> = {};
  for (const { key } of present) {
    const value = values[key];
    const money = fundingOf.get(key);
    if (money) (funding[money[0]] ??= {})[money[1]] = value ?? "";
    else if (value && typeof value === "object") input[key] = utcDate(value); // a day
    else input[FORM_FIELD[key] ?? key] = value ?? "";
  }
  if (Object.keys(funding).length) input.funding = funding;
  let region: RegionRef | undefined;
  if (typeof values.region === "string") {
    region = findRegion(values.region);
    const error = !region ? "unknownRegion" : region.id !== context.regionId ? "wrongRegion" : null;
    if (error) errors.push({ row, column: "region", value: shown(record.region ?? null), code: error });
    input.regionId = region?.id ?? "";
  }
  if (typeof values.district === "string" && values.district && region) {
    const wanted = normaliseWord(values.district);
    const district = region.districts.find((d) => d.names.some((name) => normaliseWord(name) === wanted));
    if (!district) errors.push({ row, column: "district", value: shown(record.district ?? null), code: "unknownDistrict" });
    input.districtId = district?.id ?? "";
  }
  if (errors.length) return { ok: false, errors };
  // Codes are one code whatever their case (lib/projects/schema.ts stores them upper case).
  return { ok: true, value: { row, code: String(values.code).toUpperCase(), input } };
}

/** Column of the file a form field's error belongs to. */
function columnOf(path: ReadonlyArray<PropertyKey>): string {
  const [field, source, kind] = path.map(String);
  if (field === "funding") return FUNDING_COLUMNS.find((f) => f.source === source)?.[kind === "disbursed" ? "disbursed" : "allocated"] ?? "allocatedRepublican";
  if (field === "regionId") return "region";
  if (field === "districtId") return "district";
  return field ?? "code";
}

function valueAt(input: Record<string, unknown>, path: ReadonlyArray<PropertyKey>): CellValue {
  let value: unknown = input;
  for (const key of path) value = value && typeof value === "object" ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  if (value === undefined || value === null) return null;
  return value instanceof Date || typeof value === "number" || typeof value === "boolean" ? value : String(value);
}

/**
 * The stored project's form input (`stored`, null for a new code) overlaid with the file's
 * columns, validated by the project form's schema. A new project without a status is planned.
 */
export function checkProjectRow(cells: ProjectCells, stored: Record<string, unknown> | null): RowResult<ProjectRow> {
  const base: Record<string, unknown> = stored ?? { status: "PLANNED" };
  const fileFunding = (cells.input.funding ?? {}) as Record<string, Record<string, unknown>>;
  const storedFunding = (base.funding ?? {}) as Record<string, Record<string, unknown>>;
  const funding = Object.fromEntries(
    FUNDING_COLUMNS.map(({ source }) => [source, { allocated: "", disbursed: "", ...storedFunding[source], ...fileFunding[source] }]),
  );
  const merged = { ...base, ...cells.input, status: cells.input.status || base.status, funding };
  const parsed = projectSchema.safeParse(merged);
  if (!parsed.success) {
    const errors: RowError[] = parsed.error.issues.map((issue) => ({
      row: cells.row,
      column: columnOf(issue.path),
      value: shown(valueAt(merged, issue.path)),
      code: issue.message,
    }));
    return { ok: false, errors };
  }
  return { ok: true, value: { ...parsed.data, row: cells.row } };
}
