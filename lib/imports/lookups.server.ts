// Reference data a file is checked against: the region catalogue with its districts, and the
// projects a file names by code. Small reads, once per file.
import "server-only";
import type pg from "pg";
import type { FundingSource } from "@/generated/prisma/enums";
import { projectSnapshot, type ProjectSnapshot } from "@/lib/projects/snapshot";
import type { RegionRef } from "./project-row";

export async function loadRegions(client: pg.ClientBase): Promise<RegionRef[]> {
  const { rows } = await client.query<{ id: number; code: string; nameRu: string; nameKk: string; nameEn: string; districts: Array<{ id: number; nameRu: string; nameKk: string; nameEn: string }> | null }>(
    `SELECT r.id, r.code, r."nameRu", r."nameKk", r."nameEn",
            (SELECT json_agg(json_build_object('id', d.id, 'nameRu', d."nameRu", 'nameKk', d."nameKk", 'nameEn', d."nameEn"))
               FROM "District" d WHERE d."regionId" = r.id) AS districts
       FROM "Region" r ORDER BY r.code`,
  );
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    names: [r.nameRu, r.nameKk, r.nameEn],
    districts: (r.districts ?? []).map((d) => ({ id: d.id, names: [d.nameRu, d.nameKk, d.nameEn] })),
  }));
}

export type ProjectRef = { id: number; regionId: number };

export async function projectsByCode(client: pg.ClientBase, codes: Iterable<string>): Promise<Map<string, ProjectRef>> {
  const list = [...new Set(codes)];
  const found = new Map<string, ProjectRef>();
  if (list.length === 0) return found;
  const { rows } = await client.query<{ code: string; id: number; regionId: number }>(
    `SELECT code, id, "regionId" FROM "Project" WHERE code = ANY($1::text[])`,
    [list],
  );
  for (const row of rows) found.set(row.code, { id: row.id, regionId: row.regionId });
  return found;
}

/** A stored project as the import needs it: its form input, its audit snapshot, its permanent jobs. */
export type StoredProjectRef = ProjectRef & {
  input: Record<string, unknown>;
  snapshot: ProjectSnapshot;
  permanentJobs: number;
  firstJobOn: string | null;
};

/** A numeric column's text as the snapshot's DecimalLike, exact (no binary floating point). */
function decimal(text: string) {
  return { toString: () => text, toFixed: (digits: number) => exactFixed(text, digits) };
}

function exactFixed(text: string, digits: number): string {
  const negative = text.startsWith("-");
  const [whole = "0", fraction = ""] = (negative ? text.slice(1) : text).split(".");
  return `${negative ? "-" : ""}${whole}${digits ? `.${fraction.padEnd(digits, "0").slice(0, digits)}` : ""}`;
}

const DAY_FIELDS = ["plannedStart", "plannedEnd", "actualStart", "actualEnd", "commissionedAt"] as const;

/**
 * Stored projects by code, with funding and permanent jobs. Days are read as "YYYY-MM-DD" text:
 * pg would turn a `date` into local midnight, a day early east of Greenwich.
 */
export async function storedProjectsByCode(client: pg.ClientBase, codes: Iterable<string>): Promise<Map<string, StoredProjectRef>> {
  const list = [...new Set(codes)];
  const found = new Map<string, StoredProjectRef>();
  if (list.length === 0) return found;
  const { rows } = await client.query(
    `SELECT p.id, p.code, p.name, p."regionId", p."districtId", p.settlement, p.category, p."workType", p.status,
            p."programmeYear", ${DAY_FIELDS.map((f) => `to_char(p."${f}", 'YYYY-MM-DD') AS "${f}"`).join(", ")},
            p.latitude::text AS latitude, p.longitude::text AS longitude, p."contractorName", p."contractorBin",
            p."plannedTemporaryJobs", p."plannedPermanentJobs", p.version,
            coalesce((SELECT json_agg(json_build_object('source', f.source, 'allocated', f.allocated::text, 'disbursed', f.disbursed::text))
                        FROM "ProjectFunding" f WHERE f."projectId" = p.id), '[]') AS funding,
            (SELECT count(*)::int FROM "PermanentJob" j WHERE j."projectId" = p.id) AS "permanentJobs",
            (SELECT to_char(min(j."createdOn"), 'YYYY-MM-DD') FROM "PermanentJob" j WHERE j."projectId" = p.id) AS "firstJobOn"
       FROM "Project" p WHERE p.code = ANY($1::text[])`,
    [list],
  );
  for (const row of rows) {
    const funding = row.funding as Array<{ source: FundingSource; allocated: string; disbursed: string }>;
    const days = Object.fromEntries(DAY_FIELDS.map((f) => [f, row[f] ? new Date(`${row[f]}T00:00:00Z`) : null])) as Record<(typeof DAY_FIELDS)[number], Date | null>;
    const input: Record<string, unknown> = { ...row, ...Object.fromEntries(DAY_FIELDS.map((f) => [f, row[f] ?? ""])) };
    input.funding = Object.fromEntries(funding.map((f) => [f.source, { allocated: f.allocated, disbursed: f.disbursed }]));
    for (const key of ["id", "version", "permanentJobs", "firstJobOn"]) delete input[key];
    const snapshot = projectSnapshot({
      ...row,
      ...days,
      latitude: row.latitude === null ? null : decimal(row.latitude),
      longitude: row.longitude === null ? null : decimal(row.longitude),
      funding: funding.map((f) => ({ source: f.source, allocated: decimal(f.allocated), disbursed: decimal(f.disbursed) })),
    });
    found.set(row.code, { id: row.id, regionId: row.regionId, input, snapshot, permanentJobs: row.permanentJobs, firstJobOn: row.firstJobOn });
  }
  return found;
}
