// The life of a project (status transitions that make sense: a project is
// commissioned only after it is completed, and then has a commissioning date). Pure: used by the
// form in the browser, by the mutation on the server, and by unit tests.
import type { ProjectStatus } from "@/generated/prisma/enums";

export const PROJECT_STATUSES = ["PLANNED", "IN_PROGRESS", "COMPLETED", "COMMISSIONED", "SUSPENDED"] as const satisfies readonly ProjectStatus[];

/**
 * Where a stored project may go next. Staying in the same status is always allowed.
 * COMPLETED → IN_PROGRESS reopens works found unfinished; COMMISSIONED → COMPLETED corrects a
 * commissioning entered by mistake; SUSPENDED → PLANNED returns a project not yet started.
 */
export const STATUS_TRANSITIONS: Readonly<Record<ProjectStatus, readonly ProjectStatus[]>> = {
  PLANNED: ["IN_PROGRESS", "SUSPENDED"],
  IN_PROGRESS: ["COMPLETED", "SUSPENDED"],
  SUSPENDED: ["IN_PROGRESS", "PLANNED"],
  COMPLETED: ["COMMISSIONED", "IN_PROGRESS"],
  COMMISSIONED: ["COMPLETED"],
};

export function canMove(from: ProjectStatus, to: ProjectStatus): boolean {
  return from === to || STATUS_TRANSITIONS[from].includes(to);
}

/** The statuses a form may offer for a stored project (its own first). */
export function nextStatuses(from: ProjectStatus): ProjectStatus[] {
  return [from, ...STATUS_TRANSITIONS[from]];
}

export type StatusDates = {
  actualStart: Date | null;
  actualEnd: Date | null;
  commissionedAt: Date | null;
};

export type StatusIssue = { field: "status" | "actualStart" | "actualEnd" | "commissionedAt"; code: string };

const STARTED: readonly ProjectStatus[] = ["IN_PROGRESS", "COMPLETED", "COMMISSIONED"];
const FINISHED: readonly ProjectStatus[] = ["COMPLETED", "COMMISSIONED"];

/**
 * What a status requires of the actual dates, whatever the way it was reached:
 * works under way have started; completed works have an end; an object is commissioned on or
 * after the end of works. An end date or a commissioning date on a project that has not reached
 * that stage would be counted as a completion or commissioning in the monthly figures, so it is
 * refused rather than kept.
 */
export function statusDateIssues(status: ProjectStatus, dates: StatusDates): StatusIssue[] {
  const issues: StatusIssue[] = [];
  if (STARTED.includes(status) && !dates.actualStart) issues.push({ field: "actualStart", code: "actualStartRequired" });
  if (FINISHED.includes(status) && !dates.actualEnd) issues.push({ field: "actualEnd", code: "actualEndRequired" });
  if (!FINISHED.includes(status) && dates.actualEnd) issues.push({ field: "actualEnd", code: "actualEndBeforeCompletion" });
  if (status === "COMMISSIONED") {
    if (!dates.commissionedAt) issues.push({ field: "commissionedAt", code: "commissionedAtRequired" });
    else if (dates.actualEnd && dates.commissionedAt < dates.actualEnd) {
      issues.push({ field: "commissionedAt", code: "commissionedBeforeEnd" });
    }
  } else if (dates.commissionedAt) {
    issues.push({ field: "commissionedAt", code: "commissionedAtOnlyWhenCommissioned" });
  }
  return issues;
}

/** A change of a stored project: the move must be allowed, and the new status's dates present. */
export function transitionIssues(from: ProjectStatus | null, to: ProjectStatus, dates: StatusDates): StatusIssue[] {
  const moveIssue: StatusIssue[] = from !== null && !canMove(from, to) ? [{ field: "status", code: "statusTransition" }] : [];
  return [...moveIssue, ...statusDateIssues(to, dates)];
}
