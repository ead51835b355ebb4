// What a checked or committed import holds and does: rows, rows with errors, and what is (or
// would be) created, updated and left unchanged.
import { getFormatter, getTranslations } from "next-intl/server";
import type { ImportJobView } from "@/lib/imports/schema";

export async function CountsTable({ job }: { job: ImportJobView }) {
  const [t, format] = await Promise.all([getTranslations("imports"), getFormatter()]);
  const rows: Array<[string, number]> = [[t("counts.rows"), job.totalRows]];
  if (job.committed) {
    rows.push([t("counts.created"), job.committed.created], [t("counts.updated"), job.committed.updated], [t("counts.unchanged"), job.committed.unchanged]);
    if (job.kind === "PLACEMENTS") rows.push([t("counts.workersCreated"), job.committed.workersCreated]);
  } else if (job.status === "VALIDATED" || job.status === "CANCELLED") {
    rows.push([t("counts.valid"), job.validRows], [t("counts.errors"), job.errorRows]);
    if (job.dryRun) {
      rows.push([t("counts.create"), job.dryRun.create], [t("counts.update"), job.dryRun.update], [t("counts.unchanged"), job.dryRun.unchanged]);
      if (job.kind === "PLACEMENTS") rows.push([t("counts.workersCreated"), job.dryRun.workersCreated]);
    }
  } else if (job.errorRows > 0) rows.push([t("counts.errors"), job.errorRows]);
  return (
    <section aria-labelledby="import-counts-title" className="space-y-2">
      <h2 id="import-counts-title" className="text-lg font-semibold text-brand-900">{t("job.countsTitle")}</h2>
      <dl className="grid max-w-xl grid-cols-[1fr_auto] gap-x-6 gap-y-1 rounded-lg border border-slate-200 bg-white p-4 text-sm" data-testid="import-counts">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-slate-700">{label}</dt>
            <dd className="text-right font-semibold tabular-nums text-slate-900">{format.number(value)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
