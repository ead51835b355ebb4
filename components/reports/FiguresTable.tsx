// The month's figures, computed from the records (lib/reports/figures.ts). Once submitted, the
// figures frozen at submission are shown beside today's, and a figure that has changed since
// says so in words.
import { getFormatter, getTranslations } from "next-intl/server";
import { changedFigures, FIGURE_GROUPS, MONEY_FIGURES, type FigureKey, type FrozenFigures, type MonthFigures } from "@/lib/reports/figures";
import { Caption, Table, TBody, Td, Th, THead, Tr } from "@/components/ui/Table";

export async function FiguresTable({ live, frozen, adjacentTyped }: {
  live: MonthFigures;
  frozen: FrozenFigures | null;
  /** Whether the live adjacent-industry figure is a typed value (false: nothing typed yet). */
  adjacentTyped: boolean;
}) {
  const [t, format] = await Promise.all([getTranslations("reports"), getFormatter()]);
  const changed = new Set(frozen ? changedFigures(frozen.figures, live) : []);
  const value = (key: FigureKey, figures: Partial<MonthFigures>) => {
    if (key === "adjacentIndustryJobs" && !frozen && !adjacentTyped) return "—";
    const n = figures[key];
    // A figure added to reports after this one was submitted (lib/reports/figures.ts ADDED_LATER).
    if (n === undefined) return t("figures.notRecorded");
    return MONEY_FIGURES.has(key) ? format.number(n / 1e6, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) : format.number(n);
  };
  return (
    <Table data-testid="report-figures">
      <Caption>{t("figures.caption")}</Caption>
      <THead>
        <Tr>
          <Th scope="col">{t("figures.figure")}</Th>
          {frozen ? (
            <>
              <Th scope="col" numeric>
                {t("figures.atSubmission", { date: format.dateTime(new Date(frozen.computedAt), { dateStyle: "medium", timeStyle: "short" }) })}
              </Th>
              <Th scope="col" numeric>{t("figures.now")}</Th>
            </>
          ) : (
            <Th scope="col" numeric>{t("figures.value")}</Th>
          )}
        </Tr>
      </THead>
      {FIGURE_GROUPS.map(({ group, keys }) => (
        <TBody key={group} className="border-t border-slate-300">
          <Tr className="bg-slate-50">
            <Th scope="colgroup" colSpan={frozen ? 3 : 2} className="text-xs uppercase tracking-wide text-slate-600">
              {t(`figures.groups.${group}`)}
            </Th>
          </Tr>
          {keys.map((key) => (
            <Tr key={key} data-figure={key}>
              <Th scope="row" className="text-slate-900">
                {t(`figures.labels.${key}`)}
                {changed.has(key) ? <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900">{t("figures.changed")}</span> : null}
              </Th>
              {frozen ? <Td numeric data-column="frozen" data-value={frozen.figures[key] ?? ""}>{value(key, frozen.figures)}</Td> : null}
              <Td numeric data-column="live" data-value={live[key]}>{value(key, live)}</Td>
            </Tr>
          ))}
        </TBody>
      ))}
    </Table>
  );
}
