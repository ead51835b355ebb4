// Reads of permanent jobs for a project's page. Who fills a job (name, IIN) is personal data:
// it is selected only for viewers allowed to read personal data of the project's region
// (never deputies; Law of RK "On personal data and their protection").
import "server-only";
import { prisma } from "@/lib/db/client";
import { allows, requirePermission, type Actor } from "@/lib/auth/permissions";

export type PermanentJobRow = {
  id: number;
  title: string;
  employer: string;
  createdOn: Date;
  filled: boolean;
  /** null when there is no linked worker, or the viewer may not see personal data. */
  worker: { id: number; fullName: string; iin: string } | null;
};

type LoadedPerson = { id: number; iin: string; regionNames: { fullName: string }[] };
const personAsRegionKnows = (worker: LoadedPerson) => ({ id: worker.id, iin: worker.iin, fullName: worker.regionNames[0]?.fullName ?? "" });

export async function listPermanentJobs(viewer: Actor, project: { id: number; regionId: number }): Promise<{ rows: PermanentJobRow[]; personalData: boolean }> {
  requirePermission(viewer, "project.read");
  const personalData = allows(viewer, "personalData.read", { regionId: project.regionId });
  const jobs = await prisma.permanentJob.findMany({
    where: { projectId: project.id },
    orderBy: [{ createdOn: "asc" }, { id: "asc" }],
    select: {
      id: true, title: true, employer: true, createdOn: true, filled: true,
      // The name the project's region keeps for the person (docs/privacy.md).
      ...(personalData ? { worker: { select: { id: true, iin: true, regionNames: { where: { regionId: project.regionId }, select: { fullName: true } } } } } : {}),
    },
  });
  return {
    personalData,
    rows: jobs.map((job) => ({
      id: job.id, title: job.title, employer: job.employer, createdOn: job.createdOn, filled: job.filled,
      worker: "worker" in job && job.worker ? personAsRegionKnows(job.worker as unknown as LoadedPerson) : null,
    })),
  };
}
