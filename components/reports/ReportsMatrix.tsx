// Analysts' table of every region × month of the chosen year: each cell names the status in
// words (and colour), marks late months, and links to that report.
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { regionCells, type StoredReport } from "@/lib/reports/overview";
import type { MonthKey } from "@/lib/reports/period";
import type { RegionRef } from "@/lib/reports/queries";
import { MONTH_LONG, MONTH_SHORT, monthAsDate, regionLabel } from "./format";
import { StatusBadge } from "./StatusBadge";

export async function ReportsMatrix({ regions, months, reports, now, year }: {
  regions: RegionRef[];
  months: MonthKey[];
  reports: StoredReport[];
  now: Date;
  year: number;
}) {
  const [t, format, locale] = await Promise.all([getTranslations("reports"), getFormatter(), getLocale()]);
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-left text-sm" data-testid="reports-matrix">
        <caption className="sr-only">{t("matrix.caption", { year: String(year) })}</caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" className="sticky left-0 bg-slate-100 px-3 py-2 font-semibold">{t("matrix.region")}</th>
            {months.map((month) => (
              <th key={month} scope="col" className="px-2 py-2 text-center font-semibold">
                <abbr title={format.dateTime(monthAsDate(month), MONTH_LONG)} className="no-underline">
                  {format.dateTime(monthAsDate(month), MONTH_SHORT)}
                </abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {regions.map((region) => {
            const name = regionLabel(region, locale);
            return (
              <tr key={region.id} data-region={region.code}>
                <th scope="row" className="sticky left-0 bg-white px-3 py-2 font-medium text-slate-900">{name}</th>
                {regionCells(region.id, months, reports, now).map((cell) => {
                  const status = t(`statusShort.${cell.status}`);
                  const late = cell.overdue ? t("lateShort") : null;
                  return (
                    <td key={cell.month} className="px-1 py-1 text-center" data-month={cell.month} data-status={cell.status} data-overdue={cell.overdue || undefined}>
                      <Link
                        href={`/reports/${region.code}/${cell.month}`}
                        aria-label={t("matrix.cellLabel", { region: name, month: format.dateTime(monthAsDate(cell.month), MONTH_LONG), status: t(`status.${cell.status}`), late: cell.overdue ? "yes" : "no" })}
                        className="inline-block rounded focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-brand-700"
                      >
                        <StatusBadge status={cell.status} label={status} lateLabel={late} />
                      </Link>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
