// Reads of the checks on the data: how many projects break each check, per region,
// and the list of offending projects of one check. Analysts see every region, an akimat its own
// (the permission decides; "report.read" is the grant of those who review regional data).
import "server-only";
import { prismaRead } from "@/lib/db/client";
import { AuthorizationError, requirePermission, type Actor } from "@/lib/auth/permissions";
import { checksVisibleTo, type CheckId } from "./rules";
import { countByRegionSql, findingsSql, type CheckScope } from "./checks-sql";

export type CheckRegion = { id: number; code: string; nameRu: string; nameKk: string; nameEn: string };

export type CheckCounts = {
  /** The checks the viewer may run (checksVisibleTo), in display order. */
  checks: CheckId[];
  regions: CheckRegion[];
  /** check -> regionId -> offending projects (regions with none are absent). */
  counts: Record<CheckId, Record<number, number>>;
};

/** The region the viewer may look at: their own for an akimat, the asked one (or all) otherwise. */
function scopeFor(viewer: Actor, regionId: number | null | undefined, now: Date): CheckScope {
  const granted = requirePermission(viewer, "report.read", regionId == null ? undefined : { regionId });
  return { regionId: granted.regionId ?? regionId ?? null, now };
}

/** Counts of offending projects per check and region; the checks run side by side. */
export async function getCheckCounts(viewer: Actor, now = new Date()): Promise<CheckCounts> {
  const scope = scopeFor(viewer, undefined, now);
  const checks = checksVisibleTo(viewer);
  const [regions, ...perCheck] = await Promise.all([
    prismaRead.region.findMany({
      where: scope.regionId === null ? {} : { id: scope.regionId },
      select: { id: true, code: true, nameRu: true, nameKk: true, nameEn: true },
      orderBy: { code: "asc" },
    }),
    ...checks.map((check) => prismaRead.$queryRaw<Array<{ region_id: number; projects: number }>>(countByRegionSql(check, scope))),
  ]);
  const counts = Object.fromEntries(
    checks.map((check, i) => [check, Object.fromEntries(perCheck[i]!.map((row) => [row.region_id, row.projects]))]),
  ) as CheckCounts["counts"];
  return { checks, regions, counts };
}

export type Finding = {
  projectId: number;
  code: string;
  name: string;
  region: CheckRegion;
  /** Which variant of the rule (a date rule, a funding source, "high"/"low", a status), if any. */
  detail: string | null;
  /** The values that show the problem (numbers, dates as "YYYY-MM-DD", enum codes). */
  values: Record<string, string | number | null>;
};

export const FINDINGS_PAGE_SIZE = 100;

type FindingRow = {
  project_id: number;
  detail: string | null;
  vals: Record<string, string | number | null>;
  code: string;
  name: string;
  region_id: number;
  region_code: string;
  region_ru: string;
  region_kk: string;
  region_en: string;
  total: number;
};

/** One page of one check's offending projects, in the viewer's scope (and `regionId`, if asked). */
export async function getCheckFindings(
  viewer: Actor,
  check: CheckId,
  options: { regionId?: number | null; page?: number; now?: Date } = {},
): Promise<{ total: number; page: number; pageSize: number; findings: Finding[] }> {
  const scope = scopeFor(viewer, options.regionId, options.now ?? new Date());
  if (!checksVisibleTo(viewer).includes(check)) throw new AuthorizationError("forbidden", "report.read");
  const page = Math.max(1, Math.floor(options.page ?? 1));
  const rows = await prismaRead.$queryRaw<FindingRow[]>(
    findingsSql(check, scope, { limit: FINDINGS_PAGE_SIZE, offset: (page - 1) * FINDINGS_PAGE_SIZE }),
  );
  return {
    total: rows[0]?.total ?? 0,
    page,
    pageSize: FINDINGS_PAGE_SIZE,
    findings: rows.map((row) => ({
      projectId: row.project_id,
      code: row.code,
      name: row.name,
      region: { id: row.region_id, code: row.region_code, nameRu: row.region_ru, nameKk: row.region_kk, nameEn: row.region_en },
      detail: row.detail,
      values: row.vals,
    })),
  };
}
