// A project's status as a coloured label; the colour only repeats the text (WCAG 1.4.1).
import type { ProjectStatus } from "@/generated/prisma/enums";

const COLOURS: Record<ProjectStatus, string> = {
  PLANNED: "border-slate-300 bg-slate-100 text-slate-800",
  IN_PROGRESS: "border-blue-300 bg-blue-50 text-blue-900",
  COMPLETED: "border-teal-300 bg-teal-50 text-teal-900",
  COMMISSIONED: "border-green-300 bg-green-50 text-green-900",
  SUSPENDED: "border-amber-300 bg-amber-50 text-amber-900",
};

export function StatusBadge({ status, label }: { status: ProjectStatus; label: string }) {
  return <span className={`inline-block rounded border px-2 py-0.5 text-xs font-semibold ${COLOURS[status]}`}>{label}</span>;
}
