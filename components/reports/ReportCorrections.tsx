// A report's corrections: the requests to reopen it with their decisions, and each submitted
// version with what it changed from the one before (lib/reports/figures.ts versionChanges).
import { getFormatter, getTranslations } from "next-intl/server";
import { versionChanges, type FigureKey } from "@/lib/reports/figures";
import { figureText } from "./format";
import type { ReportDetails } from "@/lib/reports/queries";

export async function ReopenRequests({ requests }: { requests: ReportDetails["reopenRequests"] }) {
  const [t, format] = await Promise.all([getTranslations("reports"), getFormatter()]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  return (
    <ol className="space-y-3" data-testid="reopen-requests">
      {requests.map((request) => (
        <li key={request.id} className="rounded border border-slate-200 bg-white p-3 text-sm" data-status={request.status}>
          <p>
            <span className="font-semibold">{when(request.requestedAt)}</span> — {t("reopen.requestedBy", { name: request.requestedByName })}:{" "}
            <span className="font-semibold">{t(`reopen.status.${request.status}`)}</span>
          </p>
          <p className="mt-1 whitespace-pre-line text-slate-800">{request.reason}</p>
          {request.decidedAt ? (
            <p className="mt-1 text-slate-700">
              {when(request.decidedAt)}{request.decidedByName ? ` (${request.decidedByName})` : ""}{request.decisionComment ? `: ${request.decisionComment}` : ""}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

export async function ReportVersions({ versions }: { versions: ReportDetails["versions"] }) {
  const [t, format] = await Promise.all([getTranslations("reports"), getFormatter()]);
  const value = (key: FigureKey, n: number) => figureText(format, key, n);
  return (
    <ol className="space-y-3" data-testid="report-versions">
      {versions.map((version, i) => {
        const changes = i === 0 ? [] : versionChanges(versions[i - 1]!.figures, version.figures);
        return (
          <li key={version.version} className="rounded border border-slate-200 bg-white p-3 text-sm" data-version={version.version}>
            <p>
              <span className="font-semibold">{t("versions.version", { n: version.version })}</span> —{" "}
              {format.dateTime(version.submittedAt, { dateStyle: "medium", timeStyle: "short" })}
              {version.submittedByName ? ` (${version.submittedByName})` : ""}
            </p>
            {i === 0 ? null : changes.length === 0 ? (
              <p className="mt-1 text-slate-700">{t("versions.unchanged")}</p>
            ) : (
              <ul className="mt-1 list-disc pl-5 text-slate-800">
                {changes.map((change) => (
                  <li key={change.key} data-figure={change.key}>
                    {t(`figures.labels.${change.key}`)}: {value(change.key, change.from)} → {value(change.key, change.to)}
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
