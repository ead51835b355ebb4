"use client";
// The headline figures as cards. A client component only so that the page sends the figures as
// numbers, not as rendered markup; it has no state. Its texts come from the "headline" and
// "dashboard" namespaces of the client messages.
import { useFormatter, useTranslations } from "next-intl";
import { MONTH_LONG, monthAsDate } from "@/components/reports/format";
import type { MonthKey } from "@/lib/reports/period";
import type { MonthlyChange } from "@/lib/dashboard/change";
import { figureOf, headlineMetrics, type HeadlineFigures } from "@/lib/dashboard/headline";
import { HeadlineCard } from "./HeadlineCard";

export function HeadlineGrid({ figures, change, adjacentMonths }: {
  figures: HeadlineFigures["figures"];
  change?: MonthlyChange;
  /** The approved reports' months behind the adjacent-industry jobs, said in their note. */
  adjacentMonths?: { from: string; to: string } | null;
}) {
  const t = useTranslations("headline");
  const format = useFormatter();
  const month = (key: string) => format.dateTime(monthAsDate(key as MonthKey), MONTH_LONG);
  const noteOf = (metric: (typeof headlineMetrics)[number]) => {
    const note = t(figureOf(metric).note);
    if (metric !== "adjacentIndustryJobs" || !adjacentMonths) return note;
    const { from, to } = adjacentMonths;
    return `${note} ${from === to ? t("adjacentMonth", { month: month(from) }) : t("adjacentMonths", { from: month(from), to: month(to) })}`;
  };
  return (
    <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 xl:grid-cols-4">
      {headlineMetrics.map((metric) => {
        const value = change?.changes[metric];
        return (
          <li key={metric} className="flex">
            <div className="flex w-full flex-col [&>article]:flex-1">
              <HeadlineCard
                metric={metric}
                label={t(metric)}
                note={noteOf(metric)}
                figure={figures[metric]}
                change={change && value !== null && value !== undefined ? { value, since: change.since } : null}
              />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
