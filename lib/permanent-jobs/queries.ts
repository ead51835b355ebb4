// Reads of permanent jobs for a project's page. Who fills a job (name, IIN) is personal data:
// it is selected only for viewers allowed to read personal data of the project's region
// (never deputies; Law of RK "On personal data and their protection").
import "server-only";
import { prismaRead } from "@/lib/db/client";
import { allows, requirePermission, type Actor } from "@/lib/auth/permissions";
import { personAsRegionKnows, regionName } from "@/lib/workers/queries";

export type PermanentJobRow = {
  id: number;
  title: string;
  employer: string;
  createdOn: Date;
  filled: boolean;
  /** null when there is no linked worker, or the viewer may not see personal data. */
  worker: { id: number; fullName: string; iin: string } | null;
};

export async function listPermanentJobs(viewer: Actor, project: { id: number; regionId: number }): Promise<{ rows: PermanentJobRow[]; personalData: boolean }> {
  requirePermission(viewer, "project.read");
  const where = { projectId: project.id };
  const orderBy = [{ createdOn: "asc" as const }, { id: "asc" as const }];
  const base = { id: true, title: true, employer: true, createdOn: true, filled: true } as const;
  if (!allows(viewer, "personalData.read", { regionId: project.regionId })) {
    const jobs = await prismaRead.permanentJob.findMany({ where, orderBy, select: base });
    return { personalData: false, rows: jobs.map((job) => ({ ...job, worker: null })) };
  }
  // Who fills the job, with the name the project's region keeps for them.
  const jobs = await prismaRead.permanentJob.findMany({ where, orderBy, select: { ...base, worker: personAsRegionKnows(project.regionId) } });
  return {
    personalData: true,
    rows: jobs.map(({ worker, ...job }) => ({ ...job, worker: worker ? { id: worker.id, iin: worker.iin, fullName: regionName(worker) } : null })),
  };
}
