// Which regions are late with their monthly reports (Order No. 55-р: by the 10th of the next
// month): a missing, draft or returned report past its deadline.
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { LateRegion } from "@/lib/reports/overview";
import type { RegionRef } from "@/lib/reports/queries";
import { MONTH_LONG, monthAsDate } from "./format";
import { localName } from "@/lib/i18n/names";

export async function LateRegions({ late, regions }: { late: LateRegion[]; regions: RegionRef[] }) {
  const [t, format, locale] = await Promise.all([getTranslations("reports"), getFormatter(), getLocale()]);
  const byId = new Map(regions.map((region) => [region.id, region]));
  return (
    <section aria-labelledby="late-title" className="space-y-2 rounded-lg border border-red-200 bg-white p-4" data-testid="late-regions">
      <h2 id="late-title" className="text-lg font-semibold text-brand-900">{t("late.title")}</h2>
      {late.length === 0 ? (
        <p className="text-slate-700">{t("late.none")}</p>
      ) : (
        <ul className="space-y-1 text-sm">
          {late.map((entry) => {
            const region = byId.get(entry.regionId);
            if (!region) return null;
            const latest = entry.months.at(-1)!;
            return (
              <li key={entry.regionId} data-region={region.code}>
                <Link href={`/reports/${region.code}/${latest}`} className="font-medium text-brand-700 underline hover:text-brand-900">
                  {localName(region, locale)}
                </Link>{" "}
                — {t("late.months", { months: entry.months.map((month) => format.dateTime(monthAsDate(month), MONTH_LONG)).join(", ") })};{" "}
                {t("late.longest", { days: entry.longestDaysLate })}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
