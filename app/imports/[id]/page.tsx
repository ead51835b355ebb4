import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { CountsTable } from "@/components/imports/CountsTable";
import { FileRetentionNote } from "@/components/imports/FileRetentionNote";
import { ErrorTable } from "@/components/imports/ErrorTable";
import { errorText } from "@/components/imports/error-text";
import { JobActions } from "@/components/imports/JobActions";
import { JobProgress } from "@/components/imports/JobProgress";
import { requirePermission } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { resolveLocale } from "@/lib/i18n/config";
import { getImportJob } from "@/lib/imports/queries";
import { fileKeptUntil } from "@/lib/imports/retention";
import { isActive, jobIdSchema } from "@/lib/imports/schema";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("imports"))("title") };
}

export default async function ImportJobPage({ params }: Props) {
  const user = await requireUser("import.run");
  const scope = requirePermission(user, "import.run");
  const id = jobIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const job = await getImportJob(scope, id.data);
  if (!job) notFound();
  const [t, root, format, locale] = await Promise.all([getTranslations("imports"), getTranslations(), getFormatter(), getLocale()]);
  const reader = resolveLocale(locale);
  const fileProblem = job.errors.find((e) => e.row === 0);
  const reason = job.failureCode
    ? errorText(root as unknown as Parameters<typeof errorText>[0], reader, job.kind, fileProblem ?? { code: job.failureCode })
    : "";
  const note =
    isActive(job.status) ? t("job.working")
    : job.status === "VALIDATED" ? (job.errorRows === 0 ? t("job.checkedOk") : t("job.checkedErrors"))
    : job.status === "COMMITTED" ? t("job.committed")
    : job.status === "CANCELLED" ? t("job.cancelled")
    : t("job.failed", { reason });
  const tone = job.status === "FAILED" || (job.status === "VALIDATED" && job.errorRows > 0) ? "border-red-300 bg-red-50 text-red-900"
    : job.status === "COMMITTED" || job.status === "VALIDATED" ? "border-green-300 bg-green-50 text-green-900"
    : "border-slate-300 bg-slate-50 text-slate-800";
  return (
    <section aria-labelledby="import-title" className="space-y-6">
      <Link href="/imports" className="font-medium text-brand-700 underline hover:text-brand-900">{t("job.back")}</Link>
      <div className="space-y-1">
        <h1 id="import-title" className="text-2xl font-bold text-brand-900">{t("job.heading", { file: job.fileName })}</h1>
        <p className="text-slate-600">
          {t("job.meta", { kind: t(`kinds.${job.kind}`), date: format.dateTime(job.createdAt, { dateStyle: "medium", timeStyle: "short" }), user: job.createdByName })}
        </p>
      </div>
      <p role="status" className={`rounded border px-4 py-3 ${tone}`} data-testid="import-status" data-status={job.status}>
        <strong className="mr-2">{t(`statuses.${job.status}`)}.</strong>
        {note}
      </p>
      <FileRetentionNote job={job} keptUntil={fileKeptUntil(job.createdAt)} />
      {isActive(job.status) ? (
        <JobProgress jobId={job.id} initial={{ status: job.status, processedRows: job.processedRows, totalRows: job.totalRows, errorRows: job.errorRows }} />
      ) : (
        <CountsTable job={job} />
      )}
      {job.status === "VALIDATED" && job.errorRows === 0 && job.totalRows > 0 ? <JobActions jobId={job.id} rows={job.totalRows} /> : null}
      <ErrorTable kind={job.kind} errors={job.errors} errorRows={job.errorRows} />
    </section>
  );
}
