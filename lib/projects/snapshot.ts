// What the audit log keeps of a project (before and after each change): plain JSON with days as
// "YYYY-MM-DD" and money as fixed two-decimal strings, so that before and after compare exactly
// and the history shows what the person typed. Funding is keyed by source. Pure.
import type { FundingSource } from "@/generated/prisma/enums";
import { dayText } from "./fields";

type DecimalLike = { toFixed(digits: number): string; toString(): string };

export type StoredProject = {
  code: string;
  name: string;
  regionId: number;
  districtId: number | null;
  settlement: string | null;
  category: string;
  workType: string;
  status: string;
  programmeYear: number;
  plannedStart: Date | null;
  plannedEnd: Date | null;
  actualStart: Date | null;
  actualEnd: Date | null;
  commissionedAt: Date | null;
  latitude: DecimalLike | number | null;
  longitude: DecimalLike | number | null;
  contractorName: string | null;
  contractorBin: string | null;
  plannedTemporaryJobs: number;
  plannedPermanentJobs: number;
  version: number;
  funding: ReadonlyArray<{ source: FundingSource; allocated: DecimalLike | string; disbursed: DecimalLike | string }>;
};

const day = (date: Date | null) => (date ? dayText(date) : null);
const coordinate = (value: DecimalLike | number | null) => (value === null ? null : Number(value.toString()).toFixed(6));
const money = (value: DecimalLike | string) => (typeof value === "string" ? Number(value).toFixed(2) : value.toFixed(2));

export function projectSnapshot(project: StoredProject) {
  return {
    code: project.code,
    name: project.name,
    regionId: project.regionId,
    districtId: project.districtId,
    settlement: project.settlement,
    category: project.category,
    workType: project.workType,
    status: project.status,
    programmeYear: project.programmeYear,
    plannedStart: day(project.plannedStart),
    plannedEnd: day(project.plannedEnd),
    actualStart: day(project.actualStart),
    actualEnd: day(project.actualEnd),
    commissionedAt: day(project.commissionedAt),
    latitude: coordinate(project.latitude),
    longitude: coordinate(project.longitude),
    contractorName: project.contractorName,
    contractorBin: project.contractorBin,
    plannedTemporaryJobs: project.plannedTemporaryJobs,
    plannedPermanentJobs: project.plannedPermanentJobs,
    version: project.version,
    funding: Object.fromEntries(
      [...project.funding]
        .sort((a, b) => a.source.localeCompare(b.source))
        .map((row) => [row.source, { allocated: money(row.allocated), disbursed: money(row.disbursed) }]),
    ),
  };
}

export type ProjectSnapshot = ReturnType<typeof projectSnapshot>;

/** "1500.50" → "1500.5", "12.00" → "12": trailing zeros of the fraction, found from the end (linear). */
function trimDecimal(value: string): string {
  if (!value.includes(".")) return value;
  let end = value.length;
  while (value[end - 1] === "0") end--;
  if (value[end - 1] === ".") end--;
  return value.slice(0, end);
}

/** The edit form's initial values: what the person would type for the stored project. */
export function formValuesOf(snapshot: ProjectSnapshot): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(snapshot)) {
    if (key === "funding") continue;
    values[key] = value === null || value === undefined ? "" : String(value);
  }
  if (snapshot.latitude) values.latitude = trimDecimal(snapshot.latitude);
  if (snapshot.longitude) values.longitude = trimDecimal(snapshot.longitude);
  for (const [source, amounts] of Object.entries(snapshot.funding)) {
    values[`funding.${source}.allocated`] = trimDecimal(amounts.allocated);
    values[`funding.${source}.disbursed`] = trimDecimal(amounts.disbursed);
  }
  return values;
}
