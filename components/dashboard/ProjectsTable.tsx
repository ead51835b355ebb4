// The projects of a district with their figures; each links to the project's page (the last
// step of the drill-down national → region → district → project).
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { DistrictProjectRow } from "@/lib/dashboard/queries";

const figureColumns = ["peopleEmployed", "referredByEmploymentCentres", "youthAmongReferred", "youthAmongAll", "permanentJobs"] as const;
const valueOf = (row: DistrictProjectRow, column: (typeof figureColumns)[number]) =>
  column === "referredByEmploymentCentres" ? row.referred : row[column];

export function ProjectsTable({ rows, caption }: { rows: DistrictProjectRow[]; caption: string }) {
  const t = useTranslations("dashboard");
  const format = useFormatter();
  if (rows.length === 0) return <p className="text-slate-700">{t("district.noProjects")}</p>;
  return (
    <div role="region" aria-labelledby="projects-caption" tabIndex={0} className="overflow-x-auto rounded-lg border border-slate-200 bg-white focus-visible:outline-2 focus-visible:outline-brand-700">
      <table className="min-w-full text-sm">
        <caption id="projects-caption" className="px-3 py-2 text-left text-base font-semibold text-slate-900">
          {caption} <span className="font-normal text-slate-600">({t("table.total", { count: format.number(rows.length) })})</span>
        </caption>
        <thead className="bg-slate-50 text-slate-800">
          <tr>
            <th scope="col" className="px-3 py-2 text-left">{t("columns.project")}</th>
            <th scope="col" className="px-3 py-2 text-left">{t("columns.category")}</th>
            <th scope="col" className="px-3 py-2 text-left">{t("columns.workType")}</th>
            <th scope="col" className="px-3 py-2 text-left">{t("columns.status")}</th>
            <th scope="col" className="px-3 py-2 text-right">{t("columns.year")}</th>
            {figureColumns.map((column) => (
              <th key={column} scope="col" className="px-3 py-2 text-right">{t(`short.${column}`)}</th>
            ))}
            <th scope="col" className="px-3 py-2 text-right">{t("columns.allocated")}</th>
            <th scope="col" className="px-3 py-2 text-right">{t("columns.disbursed")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-t border-slate-200" data-testid={`project-${row.id}`}>
              <th scope="row" className="max-w-sm px-3 py-2 text-left font-medium">
                <Link href={`/projects/${row.id}`} className="text-brand-700 underline underline-offset-2 hover:text-brand-900 focus-visible:outline-2 focus-visible:outline-brand-700">
                  {row.name}
                </Link>
                <span className="block text-xs font-normal text-slate-600">{row.code}</span>
              </th>
              <td className="px-3 py-2">{t(`category.${row.category}`)}</td>
              <td className="px-3 py-2">{t(`workType.${row.workType}`)}</td>
              <td className="px-3 py-2">{t(`status.${row.status}`)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{row.programmeYear}</td>
              {figureColumns.map((column) => (
                <td key={column} className="px-3 py-2 text-right tabular-nums" data-testid={`project-${row.id}-${column}`} data-value={valueOf(row, column)}>
                  {format.number(valueOf(row, column))}
                </td>
              ))}
              <td className="px-3 py-2 text-right tabular-nums">{format.number(row.allocated, { maximumFractionDigits: 0 })}</td>
              <td className="px-3 py-2 text-right tabular-nums">{format.number(row.disbursed, { maximumFractionDigits: 0 })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
