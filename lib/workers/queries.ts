// Reads about people (Worker): what writes need inside their transaction (the person's other
// placements for the overlap rule, whether anything still refers to the person: these take the
// caller's transaction, so they see what it has locked), and the national record for analysts.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { RecordNotFoundError } from "@/lib/auth/access";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { prismaRead } from "@/lib/db/client";

type Db = Prisma.TransactionClient;

/** The person's placements, except one being corrected, with the project each belongs to. */
export async function placementPeriodsOfWorker(db: Db, workerId: number, exceptPlacementId?: number) {
  return db.placement.findMany({
    where: { workerId, ...(exceptPlacementId ? { id: { not: exceptPlacementId } } : {}) },
    select: { id: true, hiredAt: true, endedAt: true, project: { select: { id: true, code: true, name: true, regionId: true } } },
    orderBy: { hiredAt: "asc" },
  });
}

/**
 * The person as a region knows them (docs/privacy.md): IIN, birth date and sex, and the name
 * that region typed (WorkerRegionName) — never another region's or the national record's.
 * Every place that shows a person to a region selects them with this.
 */
export const personAsRegionKnows = (regionId: number) =>
  ({ select: { id: true, iin: true, birthDate: true, sex: true, regionNames: { where: { regionId }, select: { fullName: true } } } }) as const;

/** The region's name of a person loaded with personAsRegionKnows (every placement writes one). */
export function regionName(worker: { regionNames: { fullName: string }[] }): string {
  return worker.regionNames[0]?.fullName ?? "";
}

/** Whether any placement or permanent job still names the person. */
export async function isWorkerReferenced(db: Db, workerId: number): Promise<boolean> {
  const [placements, permanentJobs] = await Promise.all([
    db.placement.count({ where: { workerId } }),
    db.permanentJob.count({ where: { workerId } }),
  ]);
  return placements + permanentJobs > 0;
}

const regionSelect = { select: { id: true, code: true, nameRu: true, nameKk: true, nameEn: true } } as const;

/**
 * The national record of a person for the ministry (docs/privacy.md): the national name, what
 * each region keeps, and every placement. Only those who keep the national record read it; the
 * page that shows it records the view (recordPersonalDataShown).
 */
export async function nationalWorkerRecord(viewer: Actor | null, workerId: number) {
  requirePermission(viewer, "worker.nationalRecord.update");
  const worker = await prismaRead.worker.findUnique({
    where: { id: workerId },
    select: {
      id: true, iin: true, fullName: true, birthDate: true, sex: true,
      regionNames: { select: { fullName: true, updatedAt: true, region: regionSelect }, orderBy: { region: { code: "asc" } } },
      placements: {
        select: { id: true, hiredAt: true, endedAt: true, project: { select: { id: true, code: true, name: true, region: regionSelect } } },
        orderBy: { hiredAt: "asc" },
      },
    },
  });
  if (!worker) throw new RecordNotFoundError("worker", workerId);
  return worker;
}

export type NationalWorkerRecord = Awaited<ReturnType<typeof nationalWorkerRecord>>;
