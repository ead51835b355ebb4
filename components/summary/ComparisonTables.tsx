// The change between two snapshots: per figure for the country, and per region for the main
// figures. Raw numbers are in data-value attributes for tests.
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { comparedFigures, type Change, type Comparison } from "@/lib/snapshots/compare";
import type { Locale } from "@/lib/i18n/config";
import { localName } from "@/lib/i18n/names";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/Table";

const regionFigures = ["projects", "peopleEmployed", "referred", "youthReferred", "commissioned", "permanentJobs"] as const;

function useChangeText() {
  const format = useFormatter();
  const t = useTranslations("summary.table");
  return {
    value: (value: number | null) => (value === null ? t("none") : format.number(value)),
    change: (change: number | null) => (change === null ? t("none") : change > 0 ? `+${format.number(change)}` : format.number(change)),
  };
}

function ChangeCell({ change }: { change: Change }) {
  const text = useChangeText();
  const tone = change.change === null || change.change === 0 ? "text-slate-700" : change.change > 0 ? "text-green-800" : "text-red-800";
  return (
    <Td numeric className={tone} data-value={change.change ?? ""}>
      {text.change(change.change)}
    </Td>
  );
}

export function ComparisonTables({ comparison }: { comparison: Comparison }) {
  const t = useTranslations("snapshots.compare");
  const tFigures = useTranslations("summary.figures");
  const locale = useLocale() as Locale;
  const text = useChangeText();
  return (
    <>
      <section aria-labelledby="compare-national" className="space-y-3">
        <h2 id="compare-national" className="text-lg font-bold text-brand-900">{t("national")}</h2>
        <Table data-testid="compare-national">
          <THead>
            <Tr>
              <Th scope="col">{t("figure")}</Th>
              <Th scope="col" numeric>{t("fromValue")}</Th>
              <Th scope="col" numeric>{t("toValue")}</Th>
              <Th scope="col" numeric>{t("change")}</Th>
            </Tr>
          </THead>
          <TBody>
            {comparedFigures.map((key) => {
              const change = comparison.national[key];
              return (
                <Tr key={key} data-testid={`compare-${key}`}>
                  <Th scope="row">{tFigures(key)}</Th>
                  <Td numeric>{text.value(change.from)}</Td>
                  <Td numeric>{text.value(change.to)}</Td>
                  <ChangeCell change={change} />
                </Tr>
              );
            })}
          </TBody>
        </Table>
      </section>
      <section aria-labelledby="compare-regions" className="space-y-3">
        <h2 id="compare-regions" className="text-lg font-bold text-brand-900">{t("byRegion")}</h2>
        <p className="text-sm text-slate-600">{t("byRegionNote")}</p>
        <Table>
          <THead>
            <Tr>
              <Th scope="col">{t("region")}</Th>
              {regionFigures.map((key) => (
                <Th key={key} scope="col" numeric>{tFigures(key)}</Th>
              ))}
            </Tr>
          </THead>
          <TBody>
            {comparison.regions.map(({ region, figures }) => (
              <Tr key={region.code} data-testid={`compare-region-${region.code}`}>
                <Th scope="row">{localName(region, locale)}</Th>
                {regionFigures.map((key) => (
                  <ChangeCell key={key} change={figures[key]} />
                ))}
              </Tr>
            ))}
          </TBody>
        </Table>
      </section>
    </>
  );
}
