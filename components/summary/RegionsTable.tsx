// The short table by region: the main figures of each of the 20 regions and its progress
// towards its own employment target. Distinct people are counted per region, so a person who
// worked in two regions counts in both rows: the rows need not add up to the country.
import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/config";
import { localName } from "@/lib/i18n/names";
import type { RegionRow } from "@/lib/snapshots/schema";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/Table";
import { fulfilmentPercent } from "@/lib/dashboard/percent";

const columns = ["projects", "peopleEmployed", "referred", "youthReferred", "commissioned", "permanentJobs"] as const;

export function RegionsTable({ regions, current }: { regions: RegionRow[]; current: string | null }) {
  const t = useTranslations("summary");
  const format = useFormatter();
  const locale = useLocale() as Locale;
  return (
    <section aria-labelledby="regions-title" className="report-section space-y-3">
      <h2 id="regions-title" className="text-lg font-bold text-brand-900">{t("regionsTitle")}</h2>
      <Table className="report-table" wrapperClassName="print:overflow-visible print:border-0">
        <THead className="print:border-b-2 print:border-slate-300">
          <Tr>
            <Th scope="col">{t("regionsTable.region")}</Th>
            {columns.map((column) => (
              <Th key={column} scope="col" numeric>{t(`regionsTable.${column}`)}</Th>
            ))}
            <Th scope="col" numeric>{t("regionsTable.peopleTarget")}</Th>
          </Tr>
        </THead>
        <TBody>
          {regions.map((region) => {
            const target = region.targets.values.PEOPLE_EMPLOYED ?? null;
            return (
              <Tr
                key={region.code}
                className={region.code === current ? "bg-brand-50 font-semibold" : undefined}
                data-testid={`region-row-${region.code}`}
              >
                <Th scope="row">{localName(region, locale)}</Th>
                {columns.map((column) => (
                  <Td key={column} numeric data-value={region[column]}>
                    {format.number(region[column])}
                  </Td>
                ))}
                <Td numeric>
                  {target ? `${format.number(fulfilmentPercent(region.peopleEmployed, target)!)}%` : t("table.none")}
                </Td>
              </Tr>
            );
          })}
        </TBody>
      </Table>
      <p className="text-xs text-slate-600">{t("regionsNote")}</p>
    </section>
  );
}
