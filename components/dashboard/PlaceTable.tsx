"use client";
// The regions (or a region's districts) with the headline figures and, where targets apply, the
// percentage of each place's own target. Sorting is by links (?sort=…&dir=…), so a sorted view
// is a URL like any filter and works without JavaScript; the header says how it is sorted.
// A client component only to receive the rows as plain numbers rather than as rendered markup
// (half the page's payload otherwise); it has no state.
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { headlineMetrics, type HeadlineMetric } from "@/lib/dashboard/headline";
import { numberFormat } from "@/lib/dashboard/number-format";
import type { PlaceTableRow } from "@/lib/dashboard/place-table";
import type { Sort, SortKey } from "@/lib/dashboard/table-rows";
import { Caption, Table, TBody, Td, TFoot, Th, THead, Tr } from "@/components/ui/Table";

type Props = {
  id: string;
  caption: string;
  rows: PlaceTableRow[];
  sort: Sort;
  sortHrefs: Record<SortKey, string>;
  nameHeader: string;
  showPercent: boolean;
  highlightId?: number | null;
  highlightNote?: string;
};

const ariaSort = (sort: Sort, keys: SortKey[]) => (keys.includes(sort.key) ? (sort.descending ? "descending" : "ascending") : undefined);
const link = "underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-brand-700";

export function PlaceTable(props: Props) {
  const t = useTranslations("dashboard");
  const locale = useLocale();
  const count = numberFormat(locale);
  const percentFormat = numberFormat(locale, { style: "percent" });
  const sortLink = (key: SortKey, label: string, ariaLabel: string) => (
    <Link href={props.sortHrefs[key]} aria-label={ariaLabel} className={link} prefetch={false}>
      {label}
      {props.sort.key === key ? <span aria-hidden="true">{props.sort.descending ? " ▼" : " ▲"}</span> : null}
    </Link>
  );
  const header = (metric: HeadlineMetric) => {
    const label = t(`short.${metric}`);
    return (
      <Th key={metric} scope="col" numeric aria-sort={ariaSort(props.sort, [metric, `${metric}Percent`])}>
        <span className="flex flex-col items-end gap-1">
          {sortLink(metric, label, t("table.sortBy", { column: label }))}
          {props.showPercent ? (
            <span className="text-xs font-normal">{sortLink(`${metric}Percent`, t("columns.percentShort"), t("table.sortPercent", { column: label }))}</span>
          ) : null}
        </span>
      </Th>
    );
  };
  return (
    <Table id={props.id} region={{ "aria-labelledby": `${props.id}-caption` }}>
      <Caption id={`${props.id}-caption`} visible>
        {props.caption}
      </Caption>
      <THead>
        <Tr>
          <Th scope="col" aria-sort={ariaSort(props.sort, ["name"])}>
            {sortLink("name", props.nameHeader, t("table.sortBy", { column: props.nameHeader }))}
          </Th>
          {headlineMetrics.map(header)}
        </Tr>
      </THead>
      <TBody>
        {props.rows.map((row) => {
          const highlighted = props.highlightId != null && row.id === props.highlightId;
          return (
            <Tr key={row.key} data-testid={`place-${row.key}`} className={highlighted ? "bg-amber-50" : undefined}>
              <Th scope="row">
                {row.href ? (
                  <Link href={row.href} prefetch={false} className="text-brand-700 underline underline-offset-2 hover:text-brand-900 focus-visible:outline-2 focus-visible:outline-brand-700">
                    {row.name}
                  </Link>
                ) : (
                  row.name
                )}
                {highlighted && props.highlightNote ? <span className="ml-2 rounded bg-amber-200 px-1.5 py-0.5 text-xs font-semibold text-amber-950">{props.highlightNote}</span> : null}
              </Th>
              {headlineMetrics.map((metric, i) => {
                const value = row.values[i] ?? null;
                const percent = row.percents[i] ?? null;
                return (
                  <Td key={metric} numeric data-testid={`place-${row.key}-${metric}`} data-value={value ?? ""}>
                    {value === null ? "—" : count.format(value)}
                    {props.showPercent && percent !== null ? (
                      <span className="block text-xs text-slate-600" data-value={percent}>
                        {percentFormat.format(percent / 100)}
                      </span>
                    ) : null}
                  </Td>
                );
              })}
            </Tr>
          );
        })}
      </TBody>
      <TFoot>
        <Tr>
          <Td colSpan={1 + headlineMetrics.length} className="text-xs font-normal text-slate-600" data-testid="counted-once-note">{t("countedOncePerRow")}</Td>
        </Tr>
      </TFoot>
    </Table>
  );
}
