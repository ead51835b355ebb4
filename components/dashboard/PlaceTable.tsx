// The regions (or a region's districts) with the headline figures and, where targets apply, the
// percentage of each place's own target. Sorting is by links (?sort=…&dir=…), so a sorted view
// is a URL like any filter and works without JavaScript; the header says how it is sorted.
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { headlineMetrics, type HeadlineMetric } from "@/lib/dashboard/headline";
import type { PlaceRow, Sort, SortKey } from "@/lib/dashboard/table-rows";

type Props = {
  id: string;
  caption: string;
  rows: PlaceRow[];
  sort: Sort;
  /** Link to the same view sorted by a key (the page keeps its filter in it). */
  sortHref: (key: SortKey, descending: boolean) => string;
  rowHref: (row: PlaceRow) => string | null;
  nameHeader: string;
  showPercent: boolean;
  highlightId?: number | null;
  highlightNote?: string;
};

const ariaSort = (sort: Sort, keys: SortKey[]) =>
  keys.includes(sort.key) ? (sort.descending ? "descending" : "ascending") : undefined;

export function PlaceTable(props: Props) {
  const t = useTranslations("dashboard");
  const format = useFormatter();
  const sortLink = (key: SortKey, label: string, ariaLabel: string) => {
    const active = props.sort.key === key;
    const descending = active ? !props.sort.descending : key !== "name";
    return (
      <Link href={props.sortHref(key, descending)} aria-label={ariaLabel} className="underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-brand-700">
        {label}
        {active ? <span aria-hidden="true">{props.sort.descending ? " ▼" : " ▲"}</span> : null}
      </Link>
    );
  };
  const header = (metric: HeadlineMetric) => {
    const label = t(`short.${metric}`);
    return (
      <th key={metric} scope="col" aria-sort={ariaSort(props.sort, [metric, `${metric}Percent`])} className="px-3 py-2 text-right align-bottom font-semibold">
        <span className="flex flex-col items-end gap-1">
          {sortLink(metric, label, t("table.sortBy", { column: label }))}
          {props.showPercent ? (
            <span className="text-xs font-normal">{sortLink(`${metric}Percent`, t("columns.percentShort"), t("table.sortPercent", { column: label }))}</span>
          ) : null}
        </span>
      </th>
    );
  };
  return (
    <div role="region" aria-labelledby={`${props.id}-caption`} tabIndex={0} className="overflow-x-auto rounded-lg border border-slate-200 bg-white focus-visible:outline-2 focus-visible:outline-brand-700">
      <table id={props.id} className="min-w-full text-sm">
        <caption id={`${props.id}-caption`} className="px-3 py-2 text-left text-base font-semibold text-slate-900">
          {props.caption}
        </caption>
        <thead className="bg-slate-50 text-slate-800">
          <tr>
            <th scope="col" aria-sort={ariaSort(props.sort, ["name"])} className="px-3 py-2 text-left align-bottom font-semibold">
              {sortLink("name", props.nameHeader, t("table.sortBy", { column: props.nameHeader }))}
            </th>
            {headlineMetrics.map(header)}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => {
            const href = props.rowHref(row);
            const highlighted = props.highlightId !== undefined && props.highlightId !== null && row.id === props.highlightId;
            const key = row.code ?? String(row.id ?? "none");
            return (
              <tr key={key} data-testid={`place-${key}`} className={"border-t border-slate-200 " + (highlighted ? "bg-amber-50" : "")}>
                <th scope="row" className="px-3 py-2 text-left font-medium">
                  {href ? (
                    <Link href={href} className="text-brand-700 underline underline-offset-2 hover:text-brand-900 focus-visible:outline-2 focus-visible:outline-brand-700">
                      {row.name}
                    </Link>
                  ) : (
                    row.name
                  )}
                  {highlighted && props.highlightNote ? <span className="ml-2 rounded bg-amber-200 px-1.5 py-0.5 text-xs font-semibold text-amber-950">{props.highlightNote}</span> : null}
                </th>
                {headlineMetrics.map((metric) => {
                  const value = row.values[metric];
                  const percent = row.percents[metric];
                  return (
                    <td key={metric} className="px-3 py-2 text-right tabular-nums" data-testid={`place-${key}-${metric}`} data-value={value ?? ""}>
                      {value === null ? "—" : format.number(value)}
                      {props.showPercent && percent !== null ? (
                        <span className="block text-xs text-slate-600" data-testid={`place-${key}-${metric}-percent`} data-value={percent}>
                          {format.number(percent / 100, { style: "percent" })}
                        </span>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
