// The report's history from the audit log: who submitted, approved or returned it, when, and
// with what comment. Reports loaded before the portal kept an audit log show their stored
// submission and review instead.
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReportDetails } from "@/lib/reports/queries";

const ACTIONS = ["submit", "approve", "return", "requestReopen", "reopen", "refuseReopen"] as const;
const isKnownAction = (action: string): action is (typeof ACTIONS)[number] => (ACTIONS as readonly string[]).includes(action);

type Entry = { id: string; at: Date; action: string; actorName: string | null; comment: string | null };

function entriesOf(details: ReportDetails): Entry[] {
  if (details.history.length > 0) return details.history;
  const report = details.report;
  if (!report) return [];
  const entries: Entry[] = [];
  if (report.reviewedAt && (report.status === "APPROVED" || report.status === "RETURNED")) {
    entries.push({ id: "reviewed", at: report.reviewedAt, action: report.status === "APPROVED" ? "approve" : "return", actorName: report.reviewedByName, comment: report.reviewComment });
  }
  if (report.submittedAt) entries.push({ id: "submitted", at: report.submittedAt, action: "submit", actorName: report.submittedByName, comment: report.comment });
  return entries;
}

export async function ReportHistory({ details }: { details: ReportDetails }) {
  const [t, format] = await Promise.all([getTranslations("reports"), getFormatter()]);
  const entries = entriesOf(details);
  if (entries.length === 0) return <p className="text-slate-700">{t("history.empty")}</p>;
  return (
    <ol className="space-y-3" data-testid="report-history">
      {entries.map((entry) => (
        <li key={entry.id} className="rounded border border-slate-200 bg-white p-3 text-sm" data-action={entry.action}>
          <p>
            <time dateTime={entry.at.toISOString()} className="font-semibold">{format.dateTime(entry.at, { dateStyle: "medium", timeStyle: "short" })}</time>{" "}
            — {isKnownAction(entry.action) ? t(`history.actions.${entry.action}`) : entry.action}
            {entry.actorName ? <>{" "}({entry.actorName})</> : null}
          </p>
          {entry.comment ? <p className="mt-1 whitespace-pre-line text-slate-700">{entry.comment}</p> : null}
        </li>
      ))}
    </ol>
  );
}
