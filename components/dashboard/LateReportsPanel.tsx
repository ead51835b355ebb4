// Data quality: late monthly reports by region (Order No. 55-р: by the 10th of the next month),
// and the way to the data checks.
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { ExportTableName } from "@/lib/dashboard/export-names";
import type { LateReports } from "@/lib/dashboard/views";
import type { DashboardFilter } from "@/lib/summary/schema";
import { ExportLinks } from "./ExportLinks";

export function LateReportsPanel({ late, filter, highlightRegionId }: { late: LateReports; filter: DashboardFilter; highlightRegionId: number | null }) {
  const t = useTranslations("dashboard.quality");
  const columns = useTranslations("dashboard.columns");
  const format = useFormatter();
  const rows = late.rows.filter((row) => row.late > 0);
  const table: ExportTableName = "lateReports";
  const month = (key: string) => format.dateTime(new Date(`${key}-15T00:00:00Z`), { month: "long", year: "numeric" });
  return (
    <section aria-labelledby="quality-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="quality-title" className="text-lg font-semibold text-slate-900">
          {t("lateTitle")}
        </h2>
        <p className="flex gap-4 text-sm">
          <Link href="/reports" className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900">
            {t("reports")}
          </Link>
          <Link href="/checks" className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900">
            {t("checks")}
          </Link>
        </p>
      </div>
      <p className="max-w-4xl text-sm text-slate-700">{t("intro")}</p>
      <p className="font-semibold" data-testid="late-reports-total" data-value={late.total}>
        {t("totalLate", { count: format.number(late.total) })}
      </p>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-700">{t("none")}</p>
      ) : (
        <div className="overflow-x-auto" role="region" aria-labelledby="quality-title" tabIndex={0}>
          <table className="min-w-full text-sm">
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className="px-3 py-2 text-left">{columns("region")}</th>
                <th scope="col" className="px-3 py-2 text-right">{t("missing")}</th>
                <th scope="col" className="px-3 py-2 text-right">{t("drafts")}</th>
                <th scope="col" className="px-3 py-2 text-right">{t("returned")}</th>
                <th scope="col" className="px-3 py-2 text-right">{t("late")}</th>
                <th scope="col" className="px-3 py-2 text-left">{t("oldest")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.regionId} data-testid={`late-${row.code}`} className={"border-t border-slate-200 " + (row.regionId === highlightRegionId ? "bg-amber-50" : "")}>
                  <th scope="row" className="px-3 py-2 text-left font-medium">{row.name}</th>
                  <td className="px-3 py-2 text-right tabular-nums">{format.number(row.missing)}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{format.number(row.drafts)}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{format.number(row.returned)}</td>
                  <td className="px-3 py-2 text-right font-semibold tabular-nums" data-value={row.late}>{format.number(row.late)}</td>
                  <td className="px-3 py-2">{row.oldest ? month(row.oldest) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ExportLinks table={table} filter={filter} />
    </section>
  );
}
