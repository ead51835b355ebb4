// Reads of placements for the project page. The viewer's scope is an argument; the project's
// region comes from the database. Names and IINs are personal data (Law of RK "On personal data
// and their protection"): for a viewer without "personalData.read" in the project's region the
// list is read with a different SELECT that does not fetch them at all, so no later code can
// leak what was never loaded.
import "server-only";
import { prismaRead } from "@/lib/db/client";
import { RecordNotFoundError } from "@/lib/auth/access";
import { allows, requirePermission, type Actor } from "@/lib/auth/permissions";
import type { Locale } from "@/lib/i18n/config";
import { ageOn } from "@/lib/iin";
import type { CellValue } from "@/lib/imports/values";
import { importMessages } from "@/lib/imports/vocabulary";
import { personAsRegionKnows as personOf, regionName } from "@/lib/workers/queries";
import { dayText } from "./days";

/** More rows than a page can usefully show; the counts are always complete. */
export const PLACEMENT_LIST_LIMIT = 500;

const anonymousSelect = {
  id: true,
  hiredAt: true,
  endedAt: true,
  position: true,
  referredByEmploymentCentre: true,
  unemployedBeforeHiring: true,
  youthAtHiring: true,
} as const;

const personalSelect = (regionId: number) =>
  ({ ...anonymousSelect, referralNumber: true, updatedAt: true, worker: personOf(regionId) }) as const;

export type AnonymousPlacementRow = {
  id: number;
  hiredAt: Date;
  endedAt: Date | null;
  position: string | null;
  referredByEmploymentCentre: boolean;
  unemployedBeforeHiring: boolean;
  youthAtHiring: boolean;
};

export type PersonalPlacementRow = AnonymousPlacementRow & {
  workerId: number;
  iin: string;
  fullName: string;
  birthDate: Date;
  sex: "MALE" | "FEMALE";
  ageAtHiring: number;
  referralNumber: string | null;
  updatedAt: Date;
};

export type ProjectPlacementList =
  | { personal: true; total: number; rows: PersonalPlacementRow[] }
  | { personal: false; total: number; rows: AnonymousPlacementRow[] };

/**
 * The stored region of a project, for its page (the read pool); null when there is no such
 * project. Writes check the region with requireProjectAccess (lib/auth/access.ts) instead.
 */
export async function projectRegionId(projectId: number): Promise<number | null> {
  const project = await prismaRead.project.findUnique({ where: { id: projectId }, select: { regionId: true } });
  return project?.regionId ?? null;
}

async function regionOf(projectId: number): Promise<number> {
  const regionId = await projectRegionId(projectId);
  if (regionId === null) throw new RecordNotFoundError("project", projectId);
  return regionId;
}

/** The project's placements, newest hiring first; with names and IINs only for those who may see them. */
export async function listProjectPlacements(viewer: Actor | null, projectId: number): Promise<ProjectPlacementList> {
  requirePermission(viewer, "project.read");
  const regionId = await regionOf(projectId);
  const where = { projectId };
  const orderBy = [{ hiredAt: "desc" as const }, { id: "desc" as const }];
  const total = await prismaRead.placement.count({ where });
  if (!allows(viewer, "personalData.read", { regionId })) {
    const rows = await prismaRead.placement.findMany({ where, orderBy, take: PLACEMENT_LIST_LIMIT, select: anonymousSelect });
    return { personal: false, total, rows };
  }
  const rows = await prismaRead.placement.findMany({ where, orderBy, take: PLACEMENT_LIST_LIMIT, select: personalSelect(regionId) });
  return {
    personal: true,
    total,
    rows: rows.map(({ worker, ...placement }) => ({
      ...placement,
      workerId: worker.id,
      iin: worker.iin,
      fullName: regionName(worker),
      birthDate: worker.birthDate,
      sex: worker.sex,
      ageAtHiring: ageOn(worker.birthDate, placement.hiredAt),
    })),
  };
}

export type ProjectPlacementCounts = {
  placements: number;
  /** Distinct people: one person with two placements on the project counts once. */
  people: number;
  /** People with at least one placement referred by an employment centre. */
  referredPeople: number;
  /** People who were 14–35 on the hiring date of at least one placement. */
  youthPeople: number;
  /** People whose placement has not ended by `today`. */
  workingNow: number;
};

/** Counts for the project page; no personal data, so every reader of the project sees them. */
export async function countProjectPlacements(viewer: Actor | null, projectId: number, today: Date): Promise<ProjectPlacementCounts> {
  requirePermission(viewer, "project.read");
  const [row] = await prismaRead.$queryRaw<ProjectPlacementCounts[]>`
    SELECT count(*)::int AS "placements",
           count(DISTINCT "workerId")::int AS "people",
           count(DISTINCT "workerId") FILTER (WHERE "referredByEmploymentCentre")::int AS "referredPeople",
           count(DISTINCT "workerId") FILTER (WHERE "youthAtHiring")::int AS "youthPeople",
           count(DISTINCT "workerId") FILTER (WHERE "hiredAt" <= ${dayText(today)}::date
             AND ("endedAt" IS NULL OR "endedAt" >= ${dayText(today)}::date))::int AS "workingNow"
    FROM "Placement" WHERE "projectId" = ${projectId}`;
  return row ?? { placements: 0, people: 0, referredPeople: 0, youthPeople: 0, workingNow: 0 };
}

export type PlacementForEdit = {
  id: number;
  updatedAt: string;
  project: { id: number; code: string; name: string; regionId: number };
  values: Record<string, string>;
};

/** A placement as the correction form shows it; only for those who may change it. */
export async function placementForEdit(viewer: Actor | null, placementId: number): Promise<PlacementForEdit> {
  requirePermission(viewer, "placement.update");
  const found = await prismaRead.placement.findUnique({ where: { id: placementId }, select: { project: { select: { regionId: true } } } });
  if (!found) throw new RecordNotFoundError("placement", placementId);
  requirePermission(viewer, "placement.update", { regionId: found.project.regionId });
  const placement = await prismaRead.placement.findUnique({
    where: { id: placementId },
    include: { worker: personOf(found.project.regionId), project: { select: { id: true, code: true, name: true, regionId: true } } },
  });
  if (!placement) throw new RecordNotFoundError("placement", placementId);
  return {
    id: placement.id,
    updatedAt: placement.updatedAt.toISOString(),
    project: placement.project,
    values: {
      projectCode: placement.project.code,
      iin: placement.worker.iin,
      fullName: regionName(placement.worker),
      position: placement.position ?? "",
      hiredAt: dayText(placement.hiredAt),
      endedAt: placement.endedAt ? dayText(placement.endedAt) : "",
      referredByEmploymentCentre: placement.referredByEmploymentCentre ? "on" : "",
      referralNumber: placement.referralNumber ?? "",
      unemployedBeforeHiring: placement.unemployedBeforeHiring ? "on" : "",
    },
  };
}

/** Placements read per query by regionPlacementRecords (keyset pages by id). */
const FILE_PAGE_SIZE = 5_000;

/**
 * A region's placements as records of the placements import file (keyed by its columns,
 * lib/imports/columns.ts), so that an akimat can keep working in Excel and import the file back:
 * rows left alone come back unchanged. Pages of 5,000 by id, so that a region's 200,000
 * placements are streamed, never held at once. Names and IINs: "personalData.read" in the region
 * is required (an akimat: its own), and the caller records the download (mutations.ts).
 */
export async function* regionPlacementRecords(viewer: Actor, regionId: number, locale: Locale): AsyncGenerator<Array<Record<string, CellValue>>> {
  requirePermission(viewer, "placement.read", { regionId });
  requirePermission(viewer, "personalData.read", { regionId });
  const { yes, no } = importMessages[locale].values.boolean;
  const flag = (value: boolean) => (value ? yes : no);
  let after = 0;
  for (;;) {
    const page = await prismaRead.placement.findMany({
      where: { id: { gt: after }, project: { regionId } },
      orderBy: { id: "asc" },
      take: FILE_PAGE_SIZE,
      select: {
        id: true, hiredAt: true, endedAt: true, position: true, referredByEmploymentCentre: true, referralNumber: true,
        unemployedBeforeHiring: true, worker: personOf(regionId), project: { select: { code: true } },
      },
    });
    if (page.length === 0) return;
    yield page.map((p) => ({
      iin: p.worker.iin,
      fullName: regionName(p.worker),
      projectCode: p.project.code,
      hiredAt: p.hiredAt,
      endedAt: p.endedAt,
      position: p.position,
      referredByEmploymentCentre: flag(p.referredByEmploymentCentre),
      referralNumber: p.referralNumber,
      unemployedBeforeHiring: flag(p.unemployedBeforeHiring),
    }));
    after = page[page.length - 1]!.id;
  }
}

/** The people whose placements a region download holds (recorded for the ministry's downloads). */
export async function regionWorkerIds(viewer: Actor, regionId: number): Promise<number[]> {
  requirePermission(viewer, "personalData.read", { regionId });
  const rows = await prismaRead.$queryRaw<{ id: number }[]>`
    SELECT DISTINCT pl."workerId" AS id FROM "Placement" pl JOIN "Project" p ON p.id = pl."projectId" WHERE p."regionId" = ${regionId}`;
  return rows.map((row) => row.id);
}
