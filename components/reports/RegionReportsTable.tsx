// An akimat's own months over the reporting period: status, deadline, days left or late.
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { CellView } from "@/lib/reports/overview";
import { DeadlineDate, DeadlineText } from "./DeadlineText";
import { MONTH_LONG, monthAsDate } from "./format";
import { StatusBadge } from "./StatusBadge";

export async function RegionReportsTable({ regionCode, cells, submittedAt }: {
  regionCode: string;
  cells: CellView[];
  submittedAt: Map<string, Date | null>;
}) {
  const [t, format] = await Promise.all([getTranslations("reports"), getFormatter()]);
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-left text-sm" data-testid="region-reports">
        <caption className="sr-only">{t("own.caption")}</caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" className="px-4 py-3 font-semibold">{t("own.month")}</th>
            <th scope="col" className="px-4 py-3 font-semibold">{t("own.status")}</th>
            <th scope="col" className="px-4 py-3 font-semibold">{t("own.deadline")}</th>
            <th scope="col" className="px-4 py-3 font-semibold">{t("own.standing")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {[...cells].reverse().map((cell) => (
            <tr key={cell.month} data-month={cell.month} data-status={cell.status}>
              <th scope="row" className="px-4 py-3 font-medium">
                <Link href={`/reports/${regionCode}/${cell.month}`} className="text-brand-700 underline hover:text-brand-900">
                  {format.dateTime(monthAsDate(cell.month), MONTH_LONG)}
                </Link>
              </th>
              <td className="px-4 py-3">
                <StatusBadge status={cell.status} label={t(`status.${cell.status}`)} lateLabel={cell.overdue ? t("lateShort") : null} />
              </td>
              <td className="px-4 py-3"><DeadlineDate iso={cell.deadline} /></td>
              <td className="px-4 py-3"><DeadlineText cell={cell} submittedAt={submittedAt.get(cell.month) ?? null} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
