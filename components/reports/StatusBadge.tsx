// A report's status as a coloured label that always carries its text too (colour is never the
// only signal), with a "late" mark when the deadline passed with nothing to review.
import type { CellStatus } from "@/lib/reports/overview";

const styles: Record<CellStatus, string> = {
  APPROVED: "border-green-400 bg-green-50 text-green-900",
  SUBMITTED: "border-sky-400 bg-sky-50 text-sky-900",
  RETURNED: "border-amber-500 bg-amber-50 text-amber-900",
  DRAFT: "border-slate-400 bg-slate-100 text-slate-800",
  MISSING: "border-dashed border-slate-400 bg-white text-slate-700",
  NOT_DUE: "border-slate-200 bg-white text-slate-500",
};

export function StatusBadge({ status, label, lateLabel }: { status: CellStatus; label: string; lateLabel?: string | null }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      <span className={`inline-block rounded border px-2 py-0.5 text-xs font-semibold ${styles[status]}`} data-status={status}>
        {label}
      </span>
      {lateLabel ? (
        <span className="inline-block rounded border border-red-500 bg-red-50 px-2 py-0.5 text-xs font-semibold text-red-800" data-late="true">
          {lateLabel}
        </span>
      ) : null}
    </span>
  );
}
