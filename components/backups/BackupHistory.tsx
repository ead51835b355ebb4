// The backups that ended, newest first. Server component: plain data in, no client code.
import { getFormatter, getTranslations } from "next-intl/server";
import type { BackupRunRow } from "@/lib/backup/queries";

type Formatter = Awaited<ReturnType<typeof getFormatter>>;

/** "16.4 MB", "16,4 МБ", "16,4 МБ" as the reader's language writes it. */
export function megabytes(format: Formatter, bytes: number): string {
  return format.number(bytes / 1e6, { style: "unit", unit: "megabyte", maximumFractionDigits: 1 });
}

export async function BackupHistory({ runs }: { runs: BackupRunRow[] }) {
  const [t, format] = await Promise.all([getTranslations("admin.backups"), getFormatter()]);
  if (runs.length === 0) return <p className="text-slate-700">{t("noRuns")}</p>;
  const th = "px-4 py-3 font-semibold";
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">{t("historyCaption")}</caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" className={th}>{t("columns.finishedAt")}</th>
            <th scope="col" className={th}>{t("columns.trigger")}</th>
            <th scope="col" className={th}>{t("columns.outcome")}</th>
            <th scope="col" className={th}>{t("columns.size")}</th>
            <th scope="col" className={th}>{t("columns.duration")}</th>
            <th scope="col" className={th}>{t("columns.details")}</th>
            <th scope="col" className={th}>{t("columns.host")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {runs.map((run) => (
            <tr key={run.id} className={run.outcome === "FAILED" ? "bg-red-50" : undefined}>
              <td className="whitespace-nowrap px-4 py-3">{format.dateTime(run.finishedAt, { dateStyle: "medium", timeStyle: "short" })}</td>
              <td className="px-4 py-3">{t(`trigger.${run.trigger}`)}</td>
              <td className={`px-4 py-3 font-medium ${run.outcome === "FAILED" ? "text-red-800" : "text-green-800"}`}>{t(`outcome.${run.outcome}`)}</td>
              <td className="whitespace-nowrap px-4 py-3">{run.bytes === null ? "—" : megabytes(format, run.bytes)}</td>
              <td className="whitespace-nowrap px-4 py-3">
                {format.number((run.finishedAt.getTime() - run.startedAt.getTime()) / 1000, { style: "unit", unit: "second", maximumFractionDigits: 1 })}
              </td>
              <td className="px-4 py-3">
                {run.file ? <code className="break-all text-xs">{run.file}</code> : null}
                {run.errorKind ? (
                  <p className={run.outcome === "FAILED" ? "text-red-800" : "text-amber-800"}>
                    {t(`errorKind.${run.errorKind}` as "errorKind.unexpected")}{" "}
                    <span className="text-xs text-slate-600">{run.error}</span>
                  </p>
                ) : null}
                {run.pruned ? <p className="text-xs text-slate-600">{t("pruned", { count: run.pruned })}</p> : null}
              </td>
              <td className="px-4 py-3">{run.host}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
