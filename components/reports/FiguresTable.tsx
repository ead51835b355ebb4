// The month's figures (lib/reports/figures.ts). Before submission: computed from today's records.
// Once submitted: the figures frozen at submission, and nothing else — except for a reviewer, who
// also sees by how much today's data differ from them (a correction goes through reopening).
import { getFormatter, getTranslations } from "next-intl/server";
import { figureText } from "./format";
import { FIGURE_GROUPS, type FigureDifferences, type FigureKey, type FrozenFigures, type MonthFigures } from "@/lib/reports/figures";
import { Caption, Table, TBody, Td, Th, THead, Tr } from "@/components/ui/Table";

export async function FiguresTable({ live, frozen, differences, adjacentTyped }: {
  live: MonthFigures | null;
  frozen: FrozenFigures | null;
  /** Current − frozen, for a reviewer of a frozen report; null for everyone else. */
  differences: FigureDifferences | null;
  /** Whether the live adjacent-industry figure is a typed value (false: nothing typed yet). */
  adjacentTyped: boolean;
}) {
  const [t, format] = await Promise.all([getTranslations("reports"), getFormatter()]);
  const amount = (key: FigureKey, n: number, sign = false) => figureText(format, key, n, sign);
  const value = (key: FigureKey, figures: Partial<MonthFigures>) => {
    if (key === "adjacentIndustryJobs" && !frozen && !adjacentTyped) return "—";
    const n = figures[key];
    // A figure added to reports after this one was submitted (lib/reports/figures.ts ADDED_LATER).
    return n === undefined ? t("figures.notRecorded") : amount(key, n);
  };
  const shown = frozen?.figures ?? live ?? {};
  const columns = 2 + (differences ? 1 : 0);
  return (
    <Table data-testid="report-figures">
      <Caption>{t("figures.caption")}</Caption>
      <THead>
        <Tr>
          <Th scope="col">{t("figures.figure")}</Th>
          <Th scope="col" numeric>
            {frozen ? t("figures.atSubmission", { date: format.dateTime(new Date(frozen.computedAt), { dateStyle: "medium", timeStyle: "short" }) }) : t("figures.value")}
          </Th>
          {differences ? <Th scope="col" numeric>{t("figures.differBy")}</Th> : null}
        </Tr>
      </THead>
      {FIGURE_GROUPS.map(({ group, keys }) => (
        <TBody key={group} className="border-t border-slate-300">
          <Tr className="bg-slate-50">
            <Th scope="colgroup" colSpan={columns} className="text-xs uppercase tracking-wide text-slate-600">
              {t(`figures.groups.${group}`)}
            </Th>
          </Tr>
          {keys.map((key) => (
            <Tr key={key} data-figure={key}>
              <Th scope="row" className="text-slate-900">{t(`figures.labels.${key}`)}</Th>
              <Td numeric data-column={frozen ? "frozen" : "live"} data-value={shown[key] ?? ""}>{value(key, shown)}</Td>
              {differences ? (
                <Td numeric data-column="difference" data-value={differences[key] ?? 0} className={differences[key] ? "font-semibold text-amber-900" : undefined}>
                  {differences[key] ? amount(key, differences[key], true) : ""}
                </Td>
              ) : null}
            </Tr>
          ))}
        </TBody>
      ))}
    </Table>
  );
}
