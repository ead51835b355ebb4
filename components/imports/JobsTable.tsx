// The region's imports, newest first, each linking to its page (progress, counts, errors).
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ImportJobView } from "@/lib/imports/schema";

export async function JobsTable({ jobs }: { jobs: ImportJobView[] }) {
  const [t, format] = await Promise.all([getTranslations("imports"), getFormatter()]);
  if (jobs.length === 0) return <p className="text-slate-700">{t("jobs.empty")}</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-left text-sm" data-testid="import-jobs">
        <caption className="sr-only">{t("jobs.caption")}</caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">{t("jobs.file")}</th>
            <th scope="col" className="px-3 py-2 font-semibold">{t("jobs.kind")}</th>
            <th scope="col" className="px-3 py-2 font-semibold">{t("jobs.status")}</th>
            <th scope="col" className="px-3 py-2 text-right font-semibold">{t("jobs.rows")}</th>
            <th scope="col" className="px-3 py-2 text-right font-semibold">{t("jobs.errors")}</th>
            <th scope="col" className="px-3 py-2 font-semibold">{t("jobs.createdAt")}</th>
            <th scope="col" className="px-3 py-2 font-semibold">{t("jobs.createdBy")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {jobs.map((job) => (
            <tr key={job.id}>
              <td className="px-3 py-2">
                <Link href={`/imports/${job.id}`} className="font-medium text-brand-700 underline hover:text-brand-900">{job.fileName}</Link>
              </td>
              <td className="px-3 py-2">{t(`kinds.${job.kind}`)}</td>
              <td className="px-3 py-2">{t(`statuses.${job.status}`)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{format.number(job.totalRows)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{format.number(job.errorRows)}</td>
              <td className="px-3 py-2">{format.dateTime(job.createdAt, { dateStyle: "medium", timeStyle: "short" })}</td>
              <td className="px-3 py-2">{job.createdByName}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
