// Reads of projects: the registry (search, filters, sorting and pages that stay fast at
// 66,000 projects), a project's page and its edit form. Every read takes the viewer and asks the
// permission table; project.read is national for every role (deputies included: nothing here is
// personal data).
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prismaRead } from "@/lib/db/client";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import type { Locale } from "@/lib/i18n/config";
import { FUNDING_COLUMNS } from "@/lib/imports/columns";
import type { CellValue } from "@/lib/imports/values";
import { enumLabel } from "@/lib/imports/vocabulary";
import { changedFields, type FieldChange } from "./history";
import { localName } from "@/lib/i18n/names";
import { registryRegion, type RegistryFilters } from "./registry";
import { projectSnapshot } from "./snapshot";

/**
 * Codes ("DKZ-2021-35-00012") are matched by prefix as a range on the unique code index: a
 * LIKE with a parameter cannot use a btree index under a non-"C" collation, a range can. The
 * startsWith keeps the answer exact whatever the collation; the range makes it fast.
 */
function codePrefix(prefix: string): Prisma.StringFilter<"Project"> {
  const last = prefix.codePointAt(prefix.length - 1)!;
  const next = prefix.slice(0, -String.fromCodePoint(last).length) + String.fromCodePoint(last + 1);
  return { gte: prefix, lt: next, startsWith: prefix };
}

/**
 * Free-text search without a trigram index, fast at 66,000 projects:
 * - something shaped like a code (Latin letters, a hyphen, …) searches codes only, by prefix;
 * - twelve digits are a contractor's BIN (or a code prefix);
 * - anything else is looked for in the name, settlement and contractor with ILIKE, over the
 *   rows the other filters left (an akimat's region is a few thousand rows; the whole country
 *   a sequential scan of tens of milliseconds).
 */
export function searchCondition(q: string): Prisma.ProjectWhereInput {
  const text = q.trim().replace(/\s+/g, " ");
  if (/^[A-Za-z]{2,}-[A-Za-z0-9._/-]*$/.test(text)) return { code: codePrefix(text.toUpperCase()) };
  if (/^\d{12}$/.test(text)) return { OR: [{ contractorBin: text }, { code: codePrefix(text) }] };
  return {
    OR: [
      { code: { startsWith: text.toUpperCase() } },
      { name: { contains: text, mode: "insensitive" } },
      { settlement: { contains: text, mode: "insensitive" } },
      { contractorName: { contains: text, mode: "insensitive" } },
    ],
  };
}

export function registryWhere(filters: RegistryFilters, regionId: number | null): Prisma.ProjectWhereInput {
  const where: Prisma.ProjectWhereInput[] = [];
  if (regionId !== null) where.push({ regionId });
  if (filters.district) where.push({ districtId: filters.district });
  if (filters.category) where.push({ category: filters.category });
  if (filters.workType) where.push({ workType: filters.workType });
  if (filters.status) where.push({ status: filters.status });
  if (filters.year) where.push({ programmeYear: filters.year });
  if (filters.source) where.push({ funding: { some: { source: filters.source, allocated: { gt: 0 } } } });
  if (filters.q) where.push(searchCondition(filters.q));
  return where.length ? { AND: where } : {};
}

function registryOrder(filters: RegistryFilters): Prisma.ProjectOrderByWithRelationInput[] {
  const dir = filters.dir;
  // The unique code is the tie-breaker: pages never repeat or skip a row.
  switch (filters.sort) {
    case "name": return [{ name: dir }, { code: "asc" }];
    case "region": return [{ region: { code: dir } }, { code: "asc" }];
    case "status": return [{ status: dir }, { code: "asc" }];
    case "start": return [{ plannedStart: { sort: dir, nulls: "last" } }, { code: "asc" }];
    case "plannedJobs": return [{ plannedTemporaryJobs: dir }, { code: "asc" }];
    case "updatedAt": return [{ updatedAt: dir }, { code: "asc" }];
    default: return [{ code: dir }];
  }
}

const names = { select: { nameRu: true, nameKk: true, nameEn: true } } as const;

const rowSelect = {
  id: true, code: true, name: true, settlement: true, category: true, workType: true, status: true,
  programmeYear: true, plannedStart: true, actualStart: true, plannedTemporaryJobs: true,
  plannedPermanentJobs: true, updatedAt: true, regionId: true,
  region: names, district: names,
} as const;

export type RegistryRow = Awaited<ReturnType<typeof listProjects>>["rows"][number];

export async function listProjects(viewer: Actor, filters: RegistryFilters, locale: Locale) {
  requirePermission(viewer, "project.read");
  const regionId = registryRegion(filters, viewer);
  const where = registryWhere(filters, regionId);
  // Count and page run side by side on two connections; a page past the end (a stale link
  // after a filter change) is read again as the last page.
  const read = (page: number) =>
    prismaRead.project.findMany({ where, orderBy: registryOrder(filters), skip: (page - 1) * filters.size, take: filters.size, select: rowSelect });
  let page = filters.page;
  const [total, firstRead] = await Promise.all([prismaRead.project.count({ where }), read(page)]);
  let projects = firstRead;
  const pageCount = Math.max(1, Math.ceil(total / filters.size));
  if (page > pageCount) {
    page = pageCount;
    projects = await read(page);
  }
  const rows = projects.map(({ region, district, ...row }) => ({
    ...row,
    regionName: localName(region, locale),
    districtName: district ? localName(district, locale) : null,
  }));
  return { rows, total, page, pageCount, regionId };
}

export type RegionChoice = { id: number; code: string; name: string; districts: { id: number; name: string }[] };

/** Regions with their districts in KATO order, for filters and the form. */
export async function regionChoices(locale: Locale): Promise<RegionChoice[]> {
  const regions = await prismaRead.region.findMany({
    orderBy: { code: "asc" },
    select: { id: true, code: true, ...names.select, districts: { select: { id: true, ...names.select }, orderBy: { nameRu: "asc" } } },
  });
  return regions.map((region) => ({
    id: region.id,
    code: region.code,
    name: localName(region, locale),
    districts: region.districts.map((district) => ({ id: district.id, name: localName(district, locale) })),
  }));
}

/** Programme years that have projects, for the year filter (from the data, not a fixed list). */
export async function programmeYears(): Promise<number[]> {
  const rows = await prismaRead.project.groupBy({ by: ["programmeYear"], orderBy: { programmeYear: "asc" } });
  return rows.map((row) => row.programmeYear);
}

export async function getProject(viewer: Actor, id: number, locale: Locale) {
  requirePermission(viewer, "project.read");
  const project = await prismaRead.project.findUnique({
    where: { id },
    include: {
      region: names,
      district: names,
      funding: { orderBy: { source: "asc" } },
      updatedBy: { select: { name: true } },
      _count: { select: { placements: true, permanentJobs: true } },
    },
  });
  if (!project) return null;
  const filledJobs = await prismaRead.permanentJob.count({ where: { projectId: id, filled: true } });
  const { region, district, updatedBy, _count, ...rest } = project;
  return {
    ...rest,
    regionName: localName(region, locale),
    districtName: district ? localName(district, locale) : null,
    updatedByName: updatedBy?.name ?? null,
    placementCount: _count.placements,
    permanentJobCount: _count.permanentJobs,
    filledPermanentJobCount: filledJobs,
    snapshot: projectSnapshot(project),
  };
}

export type ProjectDetails = NonNullable<Awaited<ReturnType<typeof getProject>>>;

export type HistoryEntry = { id: string; at: Date; actorName: string | null; action: string; changes: FieldChange[] };

/** The project's audit events, newest first (who, when, field: before → after). */
export async function projectHistory(viewer: Actor, id: number, limit = 100): Promise<HistoryEntry[]> {
  requirePermission(viewer, "audit.read");
  const events = await prismaRead.auditEvent.findMany({
    where: { entity: "project", entityId: String(id) },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, at: true, action: true, before: true, after: true, actor: { select: { name: true } } },
  });
  return events.map((event) => ({
    id: event.id.toString(),
    at: event.at,
    actorName: event.actor?.name ?? null,
    action: event.action,
    changes: event.action === "create" ? [] : changedFields(event.before, event.after),
  }));
}

/**
 * The registry as a projects import file (faster than the akimats' own spreadsheets): the
 * projects the registry shows for the same filters, keyed by the import template's columns
 * (lib/imports/columns.ts), so that a region's projects can be downloaded, edited in Excel and
 * imported back — rows left alone come back "unchanged". Enum values in the reader's language,
 * the region by its code, districts by name, dates as dates (app/projects/export/route.ts).
 */
const toNumber = (value: { toString(): string } | null) => (value === null ? null : Number(value.toString()));

export async function registryFileRows(viewer: Actor, filters: RegistryFilters, locale: Locale): Promise<Array<Record<string, CellValue>>> {
  requirePermission(viewer, "project.read");
  const projects = await prismaRead.project.findMany({
    where: registryWhere(filters, registryRegion(filters, viewer)),
    orderBy: registryOrder(filters),
    select: {
      code: true, name: true, settlement: true, category: true, workType: true, status: true, programmeYear: true,
      plannedStart: true, plannedEnd: true, actualStart: true, actualEnd: true, commissionedAt: true,
      latitude: true, longitude: true, contractorName: true, contractorBin: true,
      plannedTemporaryJobs: true, plannedPermanentJobs: true,
      region: { select: { code: true } }, district: names,
      funding: { select: { source: true, allocated: true, disbursed: true } },
    },
  });
  return projects.map((p) => {
    const record: Record<string, CellValue> = {
      code: p.code,
      name: p.name,
      region: p.region.code,
      district: p.district ? localName(p.district, locale) : null,
      settlement: p.settlement,
      category: enumLabel(locale, "category", p.category),
      workType: enumLabel(locale, "workType", p.workType),
      status: enumLabel(locale, "status", p.status),
      programmeYear: p.programmeYear,
      plannedStart: p.plannedStart,
      plannedEnd: p.plannedEnd,
      actualStart: p.actualStart,
      actualEnd: p.actualEnd,
      commissionedAt: p.commissionedAt,
      latitude: toNumber(p.latitude),
      longitude: toNumber(p.longitude),
      contractorName: p.contractorName,
      contractorBin: p.contractorBin,
      plannedTemporaryJobs: p.plannedTemporaryJobs,
      plannedPermanentJobs: p.plannedPermanentJobs,
    };
    for (const f of FUNDING_COLUMNS) {
      const funding = p.funding.find((row) => row.source === f.source);
      record[f.allocated] = funding ? toNumber(funding.allocated) : 0;
      record[f.disbursed] = funding ? toNumber(funding.disbursed) : 0;
    }
    return record;
  });
}
