// Reads of import jobs for the pages and the progress poller. The caller passes its scope (the
// region from requirePermission): an akimat sees its region's imports, colleagues' included.
// The file's bytes are never selected here.
import "server-only";
import { prisma } from "@/lib/db/client";
import { localName, type LocalNames } from "@/lib/i18n/names";
import type { ImportCounts, ImportErrorView, ImportJobView, ImportProgress } from "./schema";

type Scope = { regionId: number | null };

const jobSelect = {
  id: true,
  kind: true,
  status: true,
  fileName: true,
  fileSize: true,
  totalRows: true,
  processedRows: true,
  validRows: true,
  errorRows: true,
  errors: true,
  result: true,
  failureCode: true,
  createdAt: true,
  finishedAt: true,
  fileDeletedAt: true,
  createdBy: { select: { name: true } },
} as const;

/** A region-limited caller sees its region; a national one (none today) everything. */
const inScope = (scope: Scope) => (scope.regionId === null ? {} : { regionId: scope.regionId });

type Row = { errors: unknown; result: unknown; createdBy: { name: string } } & Omit<ImportJobView, "errors" | "dryRun" | "committed" | "createdByName">;

function view(row: Row): ImportJobView {
  const result = (row.result ?? {}) as { dryRun?: ImportCounts; committed?: ImportJobView["committed"] };
  const { errors, result: _result, createdBy, ...rest } = row;
  return {
    ...rest,
    errors: Array.isArray(errors) ? (errors as ImportErrorView[]) : [],
    dryRun: result.dryRun ?? null,
    committed: result.committed ?? null,
    createdByName: createdBy.name,
  };
}

export async function listImportJobs(scope: Scope, take = 50): Promise<ImportJobView[]> {
  const rows = await prisma.importJob.findMany({
    where: inScope(scope),
    orderBy: { createdAt: "desc" },
    take,
    select: { ...jobSelect, errors: false },
  });
  return rows.map((row) => view({ ...row, errors: null } as Row));
}

export async function getImportJob(scope: Scope, id: number): Promise<ImportJobView | null> {
  const row = await prisma.importJob.findFirst({ where: { id, ...inScope(scope) }, select: jobSelect });
  return row ? view(row as Row) : null;
}

/** Progress for the poller. */
export async function getImportProgress(scope: Scope, id: number): Promise<ImportProgress | null> {
  return prisma.importJob.findFirst({
    where: { id, ...inScope(scope) },
    select: { status: true, processedRows: true, totalRows: true, errorRows: true },
  });
}

/** The region a job belongs to, for permission checks (taken from the database, not the request). */
export async function regionOfImportJob(id: number): Promise<{ regionId: number | null } | null> {
  return prisma.importJob.findUnique({ where: { id }, select: { regionId: true } });
}

/** The importing region and its districts, named in the reader's language, for the templates. */
export async function templateRegion(regionId: number | null, locale: "ru" | "kk" | "en"): Promise<{ code: string; name: string; districts: string[] } | null> {
  if (regionId === null) return null;
  const region = await prisma.region.findUnique({
    where: { id: regionId },
    select: { code: true, nameRu: true, nameKk: true, nameEn: true, districts: { select: { nameRu: true, nameKk: true, nameEn: true }, orderBy: { nameRu: "asc" } } },
  });
  if (!region) return null;
  const name = (r: LocalNames) => localName(r, locale);
  return { code: region.code, name: name(region), districts: region.districts.map(name) };
}
