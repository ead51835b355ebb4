// The dated history behind the demo's projects (docs/domain.md): each status a project took, on
// the day it took it, and its money as changes dated when they happened — allocated when the
// project was entered, disbursed in tranches over the works. The seed loads these rows with the
// triggers off, so they are what the triggers would have written had the akimats entered it all
// day by day; the sums equal ProjectFunding and the last status equals Project.status.
import type { ProjectStatus } from "@/generated/prisma/enums";
import type { FundingRow } from "./funding";
import type { DemoProject } from "./projects";
import { DEMO_TODAY } from "./figures";

export type StatusChangeRow = { projectId: number; status: ProjectStatus; day: number };
export type FundingChangeRow = { projectId: number; source: FundingRow["source"]; allocated: number; disbursed: number; day: number };

/** Each status a project went through: planned when entered, then the stages its dates record. */
export function* statusChanges(project: DemoProject): Generator<StatusChangeRow> {
  const id = project.id;
  yield { projectId: id, status: "PLANNED", day: project.createdDay };
  if (project.actualStart === null) return;
  yield { projectId: id, status: "IN_PROGRESS", day: Math.max(project.actualStart, project.createdDay) };
  if (project.status === "SUSPENDED") {
    // Works stop when the last people are let go (lib/demo/schedule.ts).
    yield { projectId: id, status: "SUSPENDED", day: Math.min(Math.max(project.hiringEnd ?? project.actualStart, project.actualStart) + 1, DEMO_TODAY - 1) };
    return;
  }
  if (project.actualEnd === null) return;
  yield { projectId: id, status: "COMPLETED", day: project.actualEnd };
  if (project.commissionedAt !== null) yield { projectId: id, status: "COMMISSIONED", day: project.commissionedAt };
}

/** Share of the disbursed amount in each tranche, and where in the works it falls (0 = start, 1 = end). */
const TRANCHES: ReadonlyArray<{ share: number; at: number }> = [
  { share: 0.3, at: 0.05 },
  { share: 0.4, at: 0.5 },
  { share: 0.3, at: 1 },
];

/** A funding row as dated changes: the allocation on the day the project was entered, the disbursements over the works. */
export function* fundingChanges(project: DemoProject, row: FundingRow): Generator<FundingChangeRow> {
  const base = { projectId: row.projectId, source: row.source };
  yield { ...base, allocated: row.allocated, disbursed: 0, day: project.createdDay };
  if (row.disbursed === 0) return;
  const start = Math.max(project.actualStart ?? project.createdDay, project.createdDay);
  const end = Math.max(Math.min(project.actualEnd ?? DEMO_TODAY - 1, DEMO_TODAY - 1), start);
  let left = row.disbursed;
  for (let i = 0; i < TRANCHES.length; i++) {
    const { share, at } = TRANCHES[i]!;
    const amount = i === TRANCHES.length - 1 ? left : Math.round((row.disbursed * share) / 1000) * 1000;
    left -= amount;
    if (amount !== 0) yield { ...base, allocated: 0, disbursed: amount, day: start + Math.round((end - start) * at) };
  }
}
