// The projects of a district with their figures; each links to the project's page (the last
// step of the drill-down national → region → district → project).
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { DistrictProjectRow } from "@/lib/dashboard/queries";
import { Caption, Table, TBody, Td, Th, THead, Tr } from "@/components/ui/Table";

const figureColumns = ["peopleEmployed", "referredByEmploymentCentres", "youthAmongReferred", "youthAmongAll", "permanentJobs"] as const;
const valueOf = (row: DistrictProjectRow, column: (typeof figureColumns)[number]) =>
  column === "referredByEmploymentCentres" ? row.referred : row[column];

export function ProjectsTable({ rows, caption }: { rows: DistrictProjectRow[]; caption: string }) {
  const t = useTranslations("dashboard");
  const format = useFormatter();
  if (rows.length === 0) return <p className="text-slate-700">{t("district.noProjects")}</p>;
  return (
    <Table region={{ "aria-labelledby": "projects-caption" }}>
      <Caption id="projects-caption" visible>
        {caption} <span className="font-normal text-slate-600">({t("table.total", { count: format.number(rows.length) })})</span>
      </Caption>
      <THead>
        <Tr>
          <Th scope="col">{t("columns.project")}</Th>
          <Th scope="col">{t("columns.category")}</Th>
          <Th scope="col">{t("columns.workType")}</Th>
          <Th scope="col">{t("columns.status")}</Th>
          <Th scope="col" numeric>{t("columns.year")}</Th>
          {figureColumns.map((column) => (
            <Th key={column} scope="col" numeric>{t(`short.${column}`)}</Th>
          ))}
          <Th scope="col" numeric>{t("columns.allocated")}</Th>
          <Th scope="col" numeric>{t("columns.disbursed")}</Th>
        </Tr>
      </THead>
      <TBody>
        {rows.map((row) => (
          <Tr key={row.id} data-testid={`project-${row.id}`}>
            <Th scope="row" className="max-w-sm">
              <Link href={`/projects/${row.id}`} className="text-brand-700 underline underline-offset-2 hover:text-brand-900 focus-visible:outline-2 focus-visible:outline-brand-700">
                {row.name}
              </Link>
              <span className="block text-xs font-normal text-slate-600">{row.code}</span>
            </Th>
            <Td>{t(`category.${row.category}`)}</Td>
            <Td>{t(`workType.${row.workType}`)}</Td>
            <Td>{t(`status.${row.status}`)}</Td>
            <Td numeric>{row.programmeYear}</Td>
            {figureColumns.map((column) => (
              <Td key={column} numeric data-testid={`project-${row.id}-${column}`} data-value={valueOf(row, column)}>
                {format.number(valueOf(row, column))}
              </Td>
            ))}
            <Td numeric>{format.number(row.allocated, { maximumFractionDigits: 0 })}</Td>
            <Td numeric>{format.number(row.disbursed, { maximumFractionDigits: 0 })}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
