// People by category of object and by type of work, and money by funding source (allocated vs
// disbursed: republican budget, local budget, bonds, other), each with its table alternative.
import { useTranslations } from "next-intl";
import { breakdownKeys, categoryRows, sourceRows, workTypeRows, type ChartRow, type ChartSeries } from "@/lib/dashboard/chart-rows";
import type { ExportTableName } from "@/lib/dashboard/export-names";
import type { Breakdowns, DashboardFilter } from "@/lib/summary/schema";
import { ExportLinks } from "../ExportLinks";
import { ChartFigure } from "./ChartFigure";

export function BreakdownCharts({ breakdowns, filter }: { breakdowns: Breakdowns; filter: DashboardFilter }) {
  const t = useTranslations("dashboard");
  const people = breakdownKeys.map((key) => ({ key, label: t(`series.${key}`) }));
  const money = [
    { key: "allocated", label: t("money.allocated") },
    { key: "disbursed", label: t("money.disbursed") },
  ];
  const charts: Array<{ id: string; table: ExportTableName; title: string; header: string; rows: ChartRow[]; series: ChartSeries[]; decimals?: number }> = [
    { id: "breakdown-category", table: "categories", title: t("trends.byCategory"), header: t("columns.category"), rows: categoryRows(breakdowns, (c) => t(`category.${c as "SOCIAL"}`)), series: people },
    { id: "breakdown-work-type", table: "workTypes", title: t("trends.byWorkType"), header: t("columns.workType"), rows: workTypeRows(breakdowns, (w) => t(`workType.${w as "CAPITAL_REPAIR"}`)), series: people },
    { id: "breakdown-source", table: "sources", title: t("trends.bySource"), header: t("columns.source"), rows: sourceRows(breakdowns, (s) => t(`source.${s as "OTHER"}`)), series: money, decimals: 1 },
  ];
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-700" data-testid="counted-once-note">{t("countedOncePerRow")}</p>
      <div className="grid grid-cols-1 gap-4 xl:grid-cols-3">
        {charts.map((chart) => (
          <ChartFigure
            key={chart.id}
            id={chart.id}
            kind="bars"
            title={chart.title}
            rows={chart.rows}
            series={chart.series}
            labelHeader={chart.header}
            decimals={chart.decimals}
            actions={<ExportLinks table={chart.table} filter={filter} />}
          />
        ))}
      </div>
    </div>
  );
}
