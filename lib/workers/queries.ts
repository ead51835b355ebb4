// Reads about people (Worker) that writes need inside their transaction: the person's other
// placements for the overlap rule, and whether anything still refers to the person.
// They take the caller's database client (a transaction), so they see what it has locked.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";

type Db = Prisma.TransactionClient;

/** The person's placements, except one being corrected, with the project each belongs to. */
export async function placementPeriodsOfWorker(db: Db, workerId: number, exceptPlacementId?: number) {
  return db.placement.findMany({
    where: { workerId, ...(exceptPlacementId ? { id: { not: exceptPlacementId } } : {}) },
    select: { id: true, hiredAt: true, endedAt: true, project: { select: { id: true, code: true, name: true } } },
    orderBy: { hiredAt: "asc" },
  });
}

/** Whether any placement or permanent job still names the person. */
export async function isWorkerReferenced(db: Db, workerId: number): Promise<boolean> {
  const [placements, permanentJobs] = await Promise.all([
    db.placement.count({ where: { workerId } }),
    db.permanentJob.count({ where: { workerId } }),
  ]);
  return placements + permanentJobs > 0;
}
