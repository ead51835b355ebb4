// The monthly series as four charts (people, people working in each month, projects by stage,
// permanent jobs), each with its
// table alternative. A server component: it formats the month labels and hands plain rows to the
// client charts.
import { useFormatter, useTranslations } from "next-intl";
import { jobSeriesKeys, monthRows, peopleSeriesKeys, projectSeriesKeys, workingSeriesKeys } from "@/lib/dashboard/chart-rows";
import type { MonthPoint } from "@/lib/summary/schema";
import { ChartFigure } from "./ChartFigure";

export function TrendCharts({ series }: { series: MonthPoint[] }) {
  const t = useTranslations("dashboard");
  const format = useFormatter();
  const label = (month: string) => format.dateTime(new Date(`${month}-15T00:00:00Z`), { month: "short", year: "numeric" });
  const groups = [
    { id: "trend-people", title: t("trends.people"), keys: peopleSeriesKeys },
    { id: "trend-working", title: t("trends.working"), keys: workingSeriesKeys },
    { id: "trend-projects", title: t("trends.projects"), keys: projectSeriesKeys },
    { id: "trend-jobs", title: t("trends.permanentJobs"), keys: jobSeriesKeys },
  ];
  return (
    <div className="grid grid-cols-1 gap-4 xl:grid-cols-2">
      {groups.map((group) => {
        const rows = monthRows(series, group.keys, label);
        const lines = group.keys.map((key) => ({ key, label: t(`series.${key}`) }));
        return (
          <ChartFigure key={group.id} id={group.id} kind="lines" title={group.title} rows={rows} series={lines} labelHeader={t("columns.month")} />
        );
      })}
    </div>
  );
}
