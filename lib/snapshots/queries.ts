// Reads of published snapshots. Every role that may read the summary may read them
// (they hold aggregates only); the author's name is shown only to those who may publish.
import "server-only";
import { prismaRead } from "@/lib/db/client";
import { can, requirePermission, type Actor } from "@/lib/auth/permissions";
import { snapshotFiguresSchema, type SnapshotFigures, type Targets } from "./schema";

export type SnapshotSummary = {
  id: number;
  title: string;
  takenAt: Date;
  note: string | null;
  /** The analyst who published it; null for readers who may not publish. */
  author: string | null;
};

export type Snapshot = SnapshotSummary & { figures: SnapshotFigures };

/** A stored snapshot whose JSON does not match any known version: never shown half-read. */
export class SnapshotUnreadableError extends Error {
  constructor(readonly snapshotId: number) {
    super(`snapshot ${snapshotId} has figures in an unknown shape`);
    this.name = "SnapshotUnreadableError";
  }
}

const summarySelect = { id: true, title: true, takenAt: true, note: true, createdBy: { select: { name: true } } } as const;

function summaryOf(viewer: Actor, row: { id: number; title: string; takenAt: Date; note: string | null; createdBy: { name: string } }): SnapshotSummary {
  return { id: row.id, title: row.title, takenAt: row.takenAt, note: row.note, author: can(viewer.role, "snapshot.publish") ? row.createdBy.name : null };
}

/** All snapshots, newest first. */
export async function listSnapshots(viewer: Actor): Promise<SnapshotSummary[]> {
  requirePermission(viewer, "summary.read");
  const rows = await prismaRead.snapshot.findMany({ select: summarySelect, orderBy: [{ takenAt: "desc" }, { id: "desc" }] });
  return rows.map((row) => summaryOf(viewer, row));
}

/** One snapshot with its figures validated against the versioned schema; null if absent. */
export async function getSnapshot(viewer: Actor, id: number): Promise<Snapshot | null> {
  requirePermission(viewer, "summary.read");
  const row = await prismaRead.snapshot.findUnique({ where: { id }, select: { ...summarySelect, figures: true } });
  if (!row) return null;
  const parsed = snapshotFiguresSchema.safeParse(row.figures);
  if (!parsed.success) throw new SnapshotUnreadableError(id);
  return { ...summaryOf(viewer, row), figures: parsed.data };
}

/**
 * Targets per region id (null key: national), summed over every programme year that has any (up
 * to `untilYear`, for figures as of a day of that year), as the figures count every year's
 * projects (lib/dashboard/headline.ts targetYearsOf).
 */
export async function targetsByScope(untilYear?: number): Promise<Map<number | null, Targets>> {
  const rows = await prismaRead.target.findMany({
    where: untilYear === undefined ? {} : { programmeYear: { lte: untilYear } },
    select: { metric: true, programmeYear: true, regionId: true, value: true },
  });
  const result = new Map<number | null, Targets>();
  for (const row of rows) {
    const targets = result.get(row.regionId) ?? { year: null, years: { from: row.programmeYear, to: row.programmeYear }, values: {} };
    const years = targets.years!;
    targets.years = { from: Math.min(years.from, row.programmeYear), to: Math.max(years.to, row.programmeYear) };
    targets.year = targets.years.from === targets.years.to ? targets.years.from : null;
    targets.values[row.metric] = (targets.values[row.metric] ?? 0) + row.value;
    result.set(row.regionId, targets);
  }
  return result;
}
