// The summary report: title and scope, as-of date and data source, the narrative,
// the national (or regional) figures against targets, the table by region and three charts.
// The same view serves live figures and figures frozen in a snapshot.
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { composeNarrative } from "@/lib/narrative/narrative";
import { narrativeFiguresOf, type ReportFigures } from "@/lib/snapshots/report";
import type { Locale } from "@/lib/i18n/config";
import { localName } from "@/lib/i18n/names";
import type { SnapshotSummary } from "@/lib/snapshots/queries";
import { workTypes } from "@/lib/summary/schema";
import { HeadlineTable } from "./HeadlineTable";
import { RegionsTable } from "./RegionsTable";
import { SummaryCharts } from "./SummaryCharts";

export async function ReportView({ report, snapshot }: { report: ReportFigures; snapshot: SnapshotSummary | null }) {
  const [t, tFooter, format, locale] = await Promise.all([getTranslations("summary"), getTranslations("footer"), getFormatter(), getLocale() as Promise<Locale>]);
  const place = report.region ? localName(report.region, locale) : null;
  const asOf = format.dateTime(report.asOf, { dateStyle: "long", timeStyle: "short" });
  const narrative = composeNarrative(narrativeFiguresOf(report.scope), locale, { asOf: report.asOf, regionName: place });
  const month = new Intl.DateTimeFormat(locale, { month: "short", year: "numeric", timeZone: "UTC" });
  const working = peopleWorking(report);

  return (
    <article className="report space-y-8" aria-labelledby="report-title">
      <header className="space-y-2">
        <p className="text-sm font-semibold uppercase tracking-wide text-slate-600">{tFooter("programme")}</p>
        <h1 id="report-title" className="text-2xl font-bold text-brand-900 sm:text-3xl">
          {place ? t("titleRegion", { region: place }) : t("title")}
        </h1>
        <p className="text-slate-700" data-testid="summary-as-of" data-as-of={report.asOf.toISOString()}>
          {snapshot ? t("asOfSnapshot", { title: snapshot.title, time: asOf })
            : report.endOfMonth ? t("asOfMonth", { day: format.dateTime(report.asOf, { dateStyle: "long", timeZone: "Asia/Almaty" }) })
            : t("asOfLive", { time: asOf })}
        </p>
        <p className="text-sm text-slate-600">{snapshot ? t("snapshotNote") : report.endOfMonth ? t("asOfMonthNote") : t("liveNote")}</p>
        {working ? (
          <p className="text-slate-800" data-testid="summary-peopleWorking" data-value={working.count}>
            {t("peopleWorking", { count: format.number(working.count), month: format.dateTime(working.month, { month: "long", year: "numeric", timeZone: "Asia/Almaty" }) })}
          </p>
        ) : null}
      </header>

      <section aria-labelledby="narrative-title" className="report-section space-y-2">
        <h2 id="narrative-title" className="text-lg font-bold text-brand-900">{t("narrativeTitle")}</h2>
        <p className="max-w-4xl leading-relaxed text-slate-900" data-testid="summary-narrative">{narrative}</p>
      </section>

      <HeadlineTable scope={report.scope} />
      <RegionsTable regions={report.regions} current={report.region?.code ?? null} />

      <section aria-labelledby="charts-title" className="report-section report-charts space-y-3">
        <h2 id="charts-title" className="text-lg font-bold text-brand-900">{t("charts.title")}</h2>
        <SummaryCharts
          data={{
            months: report.scope.series.map((point) => ({
              month: month.format(new Date(`${point.month}-01T00:00:00Z`)),
              peopleEmployed: point.peopleEmployed,
              referred: point.referred,
              youthReferred: point.youthReferred,
              peopleWorking: point.peopleWorking ?? null,
            })),
            regions: [...report.regions]
              .sort((a, b) => b.peopleEmployed - a.peopleEmployed)
              .map((region) => ({ name: localName(region, locale), peopleEmployed: region.peopleEmployed })),
            workTypes: workTypes.map((workType) => ({ name: t(`charts.workTypes.${workType}`), projects: report.scope.projectsByWorkType[workType] })),
          }}
          text={{
            people: place ? t("charts.peopleRegion", { region: place }) : t("charts.people"),
            byRegion: t("charts.byRegion"),
            byWorkType: t("charts.byWorkType"),
            series: {
              peopleEmployed: t("figures.peopleEmployed"),
              referred: t("figures.referred"),
              youthReferred: t("figures.youthReferred"),
              peopleWorking: t("figures.peopleWorking"),
            },
            projects: t("figures.projects"),
            locale,
          }}
        />
      </section>

      <footer className="report-section border-t border-slate-300 pt-4 text-sm text-slate-700">
        <p>{tFooter("dataSource")}</p>
        {snapshot ? <p>{t("snapshotSource", { title: snapshot.title, time: asOf })}</p> : null}
      </footer>
    </article>
  );
}

/**
 * People working during a month: the as-of month's figure, or else (live figures, snapshots) the
 * last month of the series, which is the programme's last month or the latest with records.
 * Snapshots taken before the figure existed have neither.
 */
function peopleWorking(report: ReportFigures): { count: number; month: Date } | null {
  if (report.scope.peopleWorking !== undefined) return { count: report.scope.peopleWorking, month: report.asOf };
  const last = report.scope.series.at(-1);
  if (last?.peopleWorking === undefined) return null;
  return { count: last.peopleWorking, month: new Date(`${last.month}-15T00:00:00Z`) };
}
