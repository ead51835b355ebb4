"use client";
// The headline figures as cards. A client component only so that the page sends the figures as
// numbers, not as rendered markup; it has no state. Its texts come from the "headline" and
// "dashboard" namespaces of the client messages.
import { useTranslations } from "next-intl";
import type { MonthlyChange } from "@/lib/dashboard/change";
import { figureOf, headlineMetrics, type HeadlineFigures } from "@/lib/dashboard/headline";
import { HeadlineCard } from "./HeadlineCard";

export function HeadlineGrid({ figures, change }: { figures: HeadlineFigures["figures"]; change?: MonthlyChange }) {
  const t = useTranslations("headline");
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
                note={t(figureOf(metric).note)}
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
