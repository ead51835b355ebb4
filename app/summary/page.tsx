import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ReportControls } from "@/components/summary/ReportControls";
import { ReportView } from "@/components/summary/ReportView";
import { ApprovedTotalsSection } from "@/components/summary/ApprovedTotalsSection";

import { requireUser } from "@/lib/auth/session";
import { loadReport, reportParams, reportQuery } from "@/lib/snapshots/load-report";
import { listSnapshots } from "@/lib/snapshots/queries";
import { getApprovedTotals, getReportingPeriod } from "@/lib/reports/queries";
import type { MonthKey } from "@/lib/reports/period";
import { identityOf } from "@/lib/snapshots/report";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("summary"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Live figures are read on every request (a placement saved a moment ago counts); a snapshot's
// figures never change.
export default async function SummaryPage({ searchParams }: Props) {
  const user = await requireUser("summary.read");
  const search = await searchParams;
  const params = reportParams(search);
  // The national view (live or as of a month) also shows the totals of the regions' approved
  // reports; a snapshot shows only what it froze.
  const national = params.snapshot === undefined && params.region === undefined;
  const [loaded, snapshots, months, t, approved] = await Promise.all([
    loadReport(user, params),
    listSnapshots(user),
    getReportingPeriod(),
    getTranslations("summary"),
    national ? getApprovedTotals(params.asOf as MonthKey | undefined) : null,
  ]);

  if (!loaded.ok) {
    return (
      <section className="mx-auto max-w-xl space-y-4 rounded-lg border border-slate-200 bg-white p-8" role="alert">
        <p className="text-slate-800">{t(`errors.${loaded.reason}`)}</p>
        <Link href="/summary" className="font-medium text-brand-700 underline">{t("backToLive")}</Link>
      </section>
    );
  }
  return (
    <div className="space-y-6">
      {search.published === "1" && loaded.snapshot ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 px-4 py-2 text-sm text-green-900 print:hidden">
          {t("published", { title: loaded.snapshot.title })}
        </p>
      ) : null}
      <ReportControls
        regions={loaded.report.regions.map(identityOf)}
        snapshots={snapshots}
        region={params.region ?? null}
        snapshot={params.snapshot ?? null}
        months={months}
        asOf={params.snapshot === undefined ? (params.asOf ?? null) : null}
        pdfHref={`/summary/pdf${reportQuery(params)}`}
      />
      <ReportView report={loaded.report} snapshot={loaded.snapshot} />
      {approved ? <ApprovedTotalsSection totals={approved} /> : null}
    </div>
  );
}
