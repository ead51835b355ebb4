// How many projects break each check, per region; every number links to the list of those
// projects.
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { CheckId } from "@/lib/checks/rules";
import type { CheckCounts } from "@/lib/checks/queries";
import { localName } from "@/lib/i18n/names";
import { Caption, Table, TBody, Td, Th, THead, Tr } from "@/components/ui/Table";

const link = "font-semibold text-brand-700 underline hover:text-brand-900";

export async function CheckCountsTable({ data, showTotals }: { data: CheckCounts; showTotals: boolean }) {
  const [t, format, locale] = await Promise.all([getTranslations("checks"), getFormatter(), getLocale()]);
  const total = (check: CheckId) => Object.values(data.counts[check] ?? {}).reduce((sum, n) => sum + n, 0);
  return (
    <Table data-testid="check-counts">
      <Caption>{t("counts.caption")}</Caption>
      <THead>
        <Tr>
          <Th scope="col">{t("counts.region")}</Th>
          {data.checks.map((check) => (
            <Th key={check} scope="col" numeric className="max-w-36">{t(`names.${check}`)}</Th>
          ))}
        </Tr>
      </THead>
      <TBody>
        {showTotals ? (
          <Tr className="bg-slate-50" data-region="all">
            <Th scope="row" className="font-semibold">{t("counts.allRegions")}</Th>
            {data.checks.map((check) => (
              <Td key={check} numeric data-check={check}>
                {total(check) > 0 ? <Link href={`/checks?check=${check}`} className={link}>{format.number(total(check))}</Link> : "0"}
              </Td>
            ))}
          </Tr>
        ) : null}
        {data.regions.map((region) => (
          <Tr key={region.id} data-region={region.code}>
            <Th scope="row">{localName(region, locale)}</Th>
            {data.checks.map((check) => {
              const n = data.counts[check]?.[region.id] ?? 0;
              return (
                <Td key={check} numeric data-check={check}>
                  {n > 0 ? (
                    <Link href={`/checks?check=${check}&region=${region.code}`} className={link}
                      aria-label={t("counts.cellLabel", { count: n, check: t(`names.${check}`), region: localName(region, locale) })}>
                      {format.number(n)}
                    </Link>
                  ) : "0"}
                </Td>
              );
            })}
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
