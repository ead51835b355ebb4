// The month's figures by district (lib/reports/district-figures.ts): frozen at submission once the
// report is submitted, computed from today's records before. The main figures only; the region's
// table above has them all.
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Caption, Table, TBody, Td, Th, THead, Tr } from "@/components/ui/Table";
import { localName } from "@/lib/i18n/names";
import type { FigureKey } from "@/lib/reports/figures";
import { figureText } from "./format";
import type { ReportDetails } from "@/lib/reports/queries";

const COLUMNS: readonly FigureKey[] = ["projectsInWork", "peopleWorking", "hires", "peopleEmployed", "referred", "youth", "permanentJobs", "disbursed"];

export async function DistrictFiguresTable({ districts }: { districts: ReportDetails["districts"] }) {
  const [t, format, locale] = await Promise.all([getTranslations("reports"), getFormatter(), getLocale()]);
  const value = (key: FigureKey, n: number | undefined) =>
    n === undefined ? t("figures.notRecorded")
    : figureText(format, key, n);
  return (
    <Table data-testid="report-districts">
      <Caption>{t("districts.caption")}</Caption>
      <THead>
        <Tr>
          <Th scope="col">{t("districts.district")}</Th>
          {COLUMNS.map((key) => <Th key={key} scope="col" numeric>{t(`figures.labels.${key}`)}</Th>)}
        </Tr>
      </THead>
      <TBody>
        {districts.map((row) => (
          <Tr key={row.districtId ?? "none"} data-district={row.districtId ?? ""}>
            <Th scope="row" className="text-slate-900">
              {row.districtId === null ? t("districts.noDistrict") : row.nameRu ? localName({ nameRu: row.nameRu, nameKk: row.nameKk, nameEn: row.nameEn }, locale) : "—"}
            </Th>
            {COLUMNS.map((key) => <Td key={key} numeric data-figure={key} data-value={row.figures[key] ?? ""}>{value(key, row.figures[key])}</Td>)}
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
