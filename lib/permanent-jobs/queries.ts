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
  worker: { fullName: string; iin: string } | null;
};

export async function listPermanentJobs(viewer: Actor, project: { id: number; regionId: number }): Promise<{ rows: PermanentJobRow[]; personalData: boolean }> {
  requirePermission(viewer, "project.read");
  const personalData = allows(viewer, "personalData.read", { regionId: project.regionId });
  const jobs = await prisma.permanentJob.findMany({
    where: { projectId: project.id },
    orderBy: [{ createdOn: "asc" }, { id: "asc" }],
    select: {
      id: true, title: true, employer: true, createdOn: true, filled: true,
      ...(personalData ? { worker: { select: { fullName: true, iin: true } } } : {}),
    },
  });
  return {
    personalData,
    rows: jobs.map((job) => ({
      id: job.id, title: job.title, employer: job.employer, createdOn: job.createdOn, filled: job.filled,
      worker: "worker" in job && job.worker ? job.worker : null,
    })),
  };
}
