// Analysts' table of every region × month of the chosen year: each cell names the status in
// words (and colour), marks late months, and links to that report.
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { regionCells, type StoredReport } from "@/lib/reports/overview";
import type { MonthKey } from "@/lib/reports/period";
import type { RegionRef } from "@/lib/reports/queries";
import { MONTH_LONG, MONTH_SHORT, monthAsDate } from "./format";
import { localName } from "@/lib/i18n/names";
import { StatusBadge } from "./StatusBadge";
import { Caption, Table, TBody, Td, Th, THead, Tr } from "@/components/ui/Table";

export async function ReportsMatrix({ regions, months, reports, now, year }: {
  regions: RegionRef[];
  months: MonthKey[];
  reports: StoredReport[];
  now: Date;
  year: number;
}) {
  const [t, format, locale] = await Promise.all([getTranslations("reports"), getFormatter(), getLocale()]);
  return (
    <Table data-testid="reports-matrix">
      <Caption>{t("matrix.caption", { year: String(year) })}</Caption>
      <THead>
        <Tr>
          <Th scope="col" className="sticky left-0 bg-slate-100">{t("matrix.region")}</Th>
          {months.map((month) => (
            <Th key={month} scope="col" className="px-2 text-center">
              <abbr title={format.dateTime(monthAsDate(month), MONTH_LONG)} className="no-underline">
                {format.dateTime(monthAsDate(month), MONTH_SHORT)}
              </abbr>
            </Th>
          ))}
        </Tr>
      </THead>
      <TBody>
        {regions.map((region) => {
          const name = localName(region, locale);
          return (
            <Tr key={region.id} data-region={region.code}>
              <Th scope="row" className="sticky left-0 bg-white align-middle text-slate-900">{name}</Th>
              {regionCells(region.id, months, reports, now).map((cell) => {
                const status = t(`statusShort.${cell.status}`);
                const late = cell.overdue ? t("lateShort") : null;
                return (
                  <Td key={cell.month} className="px-1 py-1 text-center align-middle" data-month={cell.month} data-status={cell.status} data-overdue={cell.overdue || undefined}>
                    <Link
                      href={`/reports/${region.code}/${cell.month}`}
                      aria-label={t("matrix.cellLabel", { region: name, month: format.dateTime(monthAsDate(cell.month), MONTH_LONG), status: t(`status.${cell.status}`), late: cell.overdue ? "yes" : "no" })}
                      className="inline-block rounded focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-brand-700"
                    >
                      <StatusBadge status={cell.status} label={status} lateLabel={late} />
                    </Link>
                  </Td>
                );
              })}
            </Tr>
          );
        })}
      </TBody>
    </Table>
  );
}
