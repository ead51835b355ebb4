import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { DeadlineDate, DeadlineText } from "@/components/reports/DeadlineText";
import { DistrictFiguresTable } from "@/components/reports/DistrictFiguresTable";
import { FiguresTable } from "@/components/reports/FiguresTable";
import { MONTH_LONG, monthAsDate } from "@/components/reports/format";
import { localName } from "@/lib/i18n/names";
import { ReportHistory } from "@/components/reports/ReportHistory";
import { ReopenRequests, ReportVersions } from "@/components/reports/ReportCorrections";
import { ReopenDecisionForm, ReopenRequestForm } from "@/components/reports/ReopenForms";
import { ReturnedNotice } from "@/components/reports/ReturnedNotice";
import { ReviewReportForm } from "@/components/reports/ReviewReportForm";
import { StatusBadge } from "@/components/reports/StatusBadge";
import { SubmitReportForm } from "@/components/reports/SubmitReportForm";
import { allows } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { monthHasEnded } from "@/lib/reports/deadline";
import { cellView } from "@/lib/reports/overview";
import { isInPeriod } from "@/lib/reports/period";
import { findRegionByCode, getReportDetails, getReportingPeriod } from "@/lib/reports/queries";
import { monthKeySchema, regionCodeSchema } from "@/lib/reports/schema";

type Props = {
  params: Promise<{ regionCode: string; month: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("report.metaTitle") };
}

const DONE = ["submitted", "submittedWithDecrease", "approved", "returned", "reopenRequested", "reopened", "reopenRefused"] as const;
const section = "space-y-3 rounded-lg border border-slate-200 bg-white p-6";

export default async function ReportPage({ params, searchParams }: Props) {
  await connection();
  const user = await requireUser("report.read");
  const [{ regionCode, month }, query] = await Promise.all([params, searchParams]);
  const code = regionCodeSchema.safeParse(regionCode);
  const key = monthKeySchema.safeParse(month);
  if (!code.success || !key.success) notFound();
  const [region, period] = await Promise.all([findRegionByCode(code.data), getReportingPeriod()]);
  if (!region || !isInPeriod(key.data, period)) notFound();
  // Another region's report is outside an akimat's scope: 404, as for a region that does not exist.
  if (!allows(user, "report.read", { regionId: region.id })) notFound();

  const [t, format, locale, details] = await Promise.all([
    getTranslations("reports"),
    getFormatter(),
    getLocale(),
    getReportDetails(user, region, key.data),
  ]);
  const now = new Date();
  const report = details.report;
  const cell = cellView(key.data, report?.status ?? null, now);
  const open = cell.status === "DRAFT" || cell.status === "RETURNED" || cell.status === "MISSING" || cell.status === "NOT_DUE";
  const mayEdit = allows(user, "report.submit", { regionId: region.id });
  const mayReview = allows(user, "report.review", { regionId: region.id });
  const mayRequestReopen = allows(user, "report.requestReopen", { regionId: region.id });
  const pendingReopen = details.reopenRequests.some((request) => request.status === "PENDING");
  const done = DONE.find((value) => value === query.done);
  const monthName = format.dateTime(monthAsDate(key.data), MONTH_LONG);

  return (
    <div className="space-y-6">
      <Link href="/reports" className="text-sm font-medium text-brand-700 underline hover:text-brand-900">{t("report.back")}</Link>
      <header className="space-y-2">
        <h1 className="text-2xl font-bold text-brand-900">{t("report.title", { region: localName(region, locale), month: monthName })}</h1>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
          <span className="inline-flex items-center gap-2" data-testid="report-status">
            <span className="font-semibold text-slate-700">{t("report.status")}:</span>
            <StatusBadge status={cell.status} label={t(`status.${cell.status}`)} lateLabel={cell.overdue ? t("lateShort") : null} />
          </span>
          <span>
            <span className="font-semibold text-slate-700">{t("report.deadline")}:</span> <DeadlineDate iso={cell.deadline} />
          </span>
          <DeadlineText cell={cell} submittedAt={report?.submittedAt ?? null} />
        </div>
      </header>

      {done ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 px-4 py-2 text-sm text-green-900" data-testid="report-done">
          {t(`done.${done}`, { previous: details.previousAdjacentIndustryJobs ?? 0 })}
        </p>
      ) : null}

      {report?.status === "RETURNED" && report.reviewComment ? (
        <ReturnedNotice comment={report.reviewComment} reviewedAt={report.reviewedAt} reviewerName={report.reviewedByName} />
      ) : null}

      {!open ? (
        <p className="rounded border border-slate-300 bg-slate-50 px-4 py-2 text-sm text-slate-800" data-testid="month-locked">
          {cell.status === "APPROVED" ? t("report.lockedApproved") : t("report.lockedSubmitted")}
        </p>
      ) : null}

      <section aria-labelledby="figures-title" className="space-y-3">
        <h2 id="figures-title" className="text-lg font-semibold text-brand-900">{t("figures.title")}</h2>
        <p className="max-w-3xl text-sm text-slate-700">
          {details.frozen ? t(details.differences ? "figures.frozenReviewIntro" : "figures.frozenIntro") : report && !open ? t("figures.notFrozenIntro") : t("figures.liveIntro")}
        </p>
        {details.differences && Object.keys(details.differences).length === 0 ? (
          <p className="text-sm text-slate-700" data-testid="no-difference">{t("figures.noDifference")}</p>
        ) : null}
        <FiguresTable live={details.live} frozen={details.frozen} differences={details.differences} adjacentTyped={report !== null} />
      </section>

      {details.districts.length > 0 || details.frozen ? (
        <section aria-labelledby="districts-title" className="space-y-3">
          <h2 id="districts-title" className="text-lg font-semibold text-brand-900">{t("districts.title")}</h2>
          {details.frozen && !details.districtsFrozen ? (
            <p className="max-w-3xl text-sm text-slate-700">{t("districts.notFrozen")}</p>
          ) : (
            <>
              <p className="max-w-3xl text-sm text-slate-700">{t(details.districtsFrozen ? "districts.frozenIntro" : "districts.liveIntro")} {t("districts.note")}</p>
              <DistrictFiguresTable districts={details.districts} />
            </>
          )}
        </section>
      ) : null}

      {report?.comment && !(mayEdit && open) ? (
        <section aria-labelledby="comment-title" className={section}>
          <h2 id="comment-title" className="text-lg font-semibold text-brand-900">{t("report.akimatComment")}</h2>
          <p className="whitespace-pre-line text-slate-800">{report.comment}</p>
        </section>
      ) : null}

      {mayEdit && open ? (
        <section aria-labelledby="submit-title" className={section}>
          <h2 id="submit-title" className="text-lg font-semibold text-brand-900">{t("submit.title")}</h2>
          {monthHasEnded(key.data, now) ? (
            <SubmitReportForm
              regionCode={region.code}
              month={key.data}
              defaultAdjacent={report ? report.adjacentIndustryJobs : details.previousAdjacentIndustryJobs}
              previousAdjacent={details.previousAdjacentIndustryJobs}
              defaultComment={report?.comment ?? null}
            />
          ) : (
            <p className="text-slate-700">{t("submit.notEnded")}</p>
          )}
        </section>
      ) : null}

      {mayReview && cell.status === "SUBMITTED" ? (
        <section aria-labelledby="review-title" className={section}>
          <h2 id="review-title" className="text-lg font-semibold text-brand-900">{t("review.title")}</h2>
          <ReviewReportForm regionCode={region.code} month={key.data} />
        </section>
      ) : null}

      {details.reopenRequests.length > 0 ? (
        <section aria-labelledby="reopen-title" className="space-y-3">
          <h2 id="reopen-title" className="text-lg font-semibold text-brand-900">{t("reopen.title")}</h2>
          <ReopenRequests requests={details.reopenRequests} />
        </section>
      ) : null}

      {!open && !pendingReopen && mayRequestReopen ? (
        <section aria-labelledby="reopen-request-title" className={section}>
          <h2 id="reopen-request-title" className="text-lg font-semibold text-brand-900">{t("reopen.requestTitle")}</h2>
          <p className="max-w-3xl text-sm text-slate-700">{t("reopen.requestIntro")}</p>
          <ReopenRequestForm regionCode={region.code} month={key.data} />
        </section>
      ) : null}

      {pendingReopen && mayReview ? (
        <section aria-labelledby="reopen-decision-title" className={section}>
          <h2 id="reopen-decision-title" className="text-lg font-semibold text-brand-900">{t("reopen.decisionTitle")}</h2>
          <ReopenDecisionForm regionCode={region.code} month={key.data} />
        </section>
      ) : null}

      {details.versions.length > 1 ? (
        <section aria-labelledby="versions-title" className="space-y-3">
          <h2 id="versions-title" className="text-lg font-semibold text-brand-900">{t("versions.title")}</h2>
          <ReportVersions versions={details.versions} />
        </section>
      ) : null}

      <section aria-labelledby="history-title" className="space-y-3">
        <h2 id="history-title" className="text-lg font-semibold text-brand-900">{t("history.title")}</h2>
        <ReportHistory details={details} />
      </section>

      <p>
        <Link href={`/checks?region=${region.code}`} className="font-medium text-brand-700 underline hover:text-brand-900">{t("report.checksLink")}</Link>
      </p>
    </div>
  );
}
