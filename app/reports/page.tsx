import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { LateRegions } from "@/components/reports/LateRegions";
import { RegionReportsTable } from "@/components/reports/RegionReportsTable";
import { ReportsMatrix } from "@/components/reports/ReportsMatrix";
import { StatusBadge } from "@/components/reports/StatusBadge";

import { requireUser } from "@/lib/auth/session";
import { lateRegions, regionCells, type CellStatus } from "@/lib/reports/overview";
import { yearsOf } from "@/lib/reports/period";
import { getReportsOverview } from "@/lib/reports/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const LEGEND: CellStatus[] = ["APPROVED", "SUBMITTED", "RETURNED", "DRAFT", "MISSING"];

export default async function ReportsPage({ searchParams }: Props) {
  await connection();
  const user = await requireUser("report.read");
  const [t, overview, query] = await Promise.all([getTranslations("reports"), getReportsOverview(user), searchParams]);
  const now = new Date();
  const regionScoped = user.role === "AKIMAT";
  const heading = (
    <div className="flex flex-wrap items-end justify-between gap-4">
      <div className="space-y-1">
        <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
        <p className="max-w-3xl text-slate-700">{regionScoped ? t("introAkimat") : t("introAnalyst")}</p>
      </div>
      <Link href="/checks" className="font-medium text-brand-700 underline hover:text-brand-900">{t("checksLink")}</Link>
    </div>
  );

  if (overview.period.length === 0) {
    return <div className="space-y-6">{heading}<p className="text-slate-700">{t("noPeriod")}</p></div>;
  }

  if (regionScoped) {
    const region = overview.regions[0];
    if (!region) forbidden();
    const cells = regionCells(region.id, overview.period, overview.reports, now);
    const submittedAt = new Map(overview.reports.map((r) => [r.month as string, r.submittedAt]));
    return (
      <div className="space-y-6">
        {heading}
        <RegionReportsTable regionCode={region.code} cells={cells} submittedAt={submittedAt} />
      </div>
    );
  }

  const years = yearsOf(overview.period);
  const asked = Number(Array.isArray(query.year) ? query.year[0] : query.year);
  const year = years.includes(asked) ? asked : years.at(-1)!;
  const months = overview.period.filter((month) => month.startsWith(`${year}-`));
  const late = lateRegions(overview.regions.map((r) => r.id), overview.period, overview.reports, now);
  return (
    <div className="space-y-6">
      {heading}
      <LateRegions late={late} regions={overview.regions} />
      <section aria-labelledby="matrix-title" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="matrix-title" className="text-lg font-semibold text-brand-900">{t("matrix.title", { year: String(year) })}</h2>
          <nav aria-label={t("matrix.yearFilter")} className="flex gap-2">
            {years.map((y) => (
              <Link
                key={y}
                href={`/reports?year=${y}`}
                aria-current={y === year ? "page" : undefined}
                className={"rounded border px-3 py-1 text-sm font-semibold " + (y === year ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-brand-700 hover:bg-slate-50")}
              >
                {y}
              </Link>
            ))}
          </nav>
        </div>
        <ReportsMatrix regions={overview.regions} months={months} reports={overview.reports} now={now} year={year} />
        <div className="flex flex-wrap items-center gap-3 text-sm text-slate-700">
          <span className="font-semibold">{t("legend")}:</span>
          {LEGEND.map((status) => (
            <span key={status} className="inline-flex items-center gap-1">
              <StatusBadge status={status} label={t(`statusShort.${status}`)} />
              <span>{t(`status.${status}`)}</span>
            </span>
          ))}
          <span className="inline-flex items-center gap-1">
            <StatusBadge status="MISSING" label={t("statusShort.MISSING")} lateLabel={t("lateShort")} />
            <span>{t("lateExplained")}</span>
          </span>
        </div>
      </section>
    </div>
  );
}
