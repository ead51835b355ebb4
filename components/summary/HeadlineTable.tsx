// The scope's headline figures against their targets, in the order the reply to inquiry ДЗ-145
// names them. Raw numbers sit in data-value so tests compare with the database, not with text.
import { useFormatter, useTranslations } from "next-intl";
import { headlineOf, targetHeading } from "@/lib/snapshots/report";
import type { FullScope } from "@/lib/snapshots/schema";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/Table";

export function HeadlineTable({ scope }: { scope: FullScope }) {
  const t = useTranslations("summary");
  const root = useTranslations();
  const format = useFormatter();
  const rows = headlineOf(scope);
  return (
    <section aria-labelledby="headline-title" className="report-section space-y-3">
      <h2 id="headline-title" className="text-lg font-bold text-brand-900">{t("headlineTitle")}</h2>
      <Table className="report-table" wrapperClassName="print:overflow-visible print:border-0">
        <THead className="print:border-b-2 print:border-slate-300">
          <Tr>
            <Th scope="col">{t("table.figure")}</Th>
            <Th scope="col" numeric>{t("table.value")}</Th>
            <Th scope="col" numeric>{targetHeading(root, scope.targets)}</Th>
            <Th scope="col" numeric>{t("table.percent")}</Th>
          </Tr>
        </THead>
        <TBody>
          {rows.map((row) => (
            <Tr key={row.key}>
              <Th scope="row">{t(`figures.${row.key}`)}</Th>
              <Td numeric data-testid={`summary-${row.key}`} data-value={row.value ?? ""}>
                {row.value === null ? t("table.none") : format.number(row.value)}
              </Td>
              <Td numeric>{row.target === null ? t("table.none") : format.number(row.target)}</Td>
              <Td numeric>{row.percent === null ? t("table.none") : `${format.number(row.percent)}%`}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
      <p className="text-xs text-slate-600">{t("youthNote")}</p>
    </section>
  );
}
