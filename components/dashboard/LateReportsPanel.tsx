// Data quality: late monthly reports by region (Order No. 55-р: by the 10th of the next month),
// and the way to the data checks.
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { ExportTableName } from "@/lib/dashboard/export-names";
import type { LateReports } from "@/lib/dashboard/views";
import type { DashboardFilter } from "@/lib/summary/schema";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/Table";
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
        <Table region={{ "aria-labelledby": "quality-title" }}>
          <THead>
            <Tr>
              <Th scope="col">{columns("region")}</Th>
              <Th scope="col" numeric>{t("missing")}</Th>
              <Th scope="col" numeric>{t("drafts")}</Th>
              <Th scope="col" numeric>{t("returned")}</Th>
              <Th scope="col" numeric>{t("late")}</Th>
              <Th scope="col">{t("oldest")}</Th>
            </Tr>
          </THead>
          <TBody>
            {rows.map((row) => (
              <Tr key={row.regionId} data-testid={`late-${row.code}`} className={row.regionId === highlightRegionId ? "bg-amber-50" : undefined}>
                <Th scope="row">{row.name}</Th>
                <Td numeric>{format.number(row.missing)}</Td>
                <Td numeric>{format.number(row.drafts)}</Td>
                <Td numeric>{format.number(row.returned)}</Td>
                <Td numeric className="font-semibold" data-value={row.late}>{format.number(row.late)}</Td>
                <Td>{row.oldest ? month(row.oldest) : "—"}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
      <ExportLinks table={table} filter={filter} />
    </section>
  );
}
