// A project's change history from the audit log (who changed what, before → after),
// with field names and values in the reader's language.
import { getFormatter, getTranslations } from "next-intl/server";
import type { HistoryEntry, RegionChoice } from "@/lib/projects/queries";
import { historyFieldLabel, historyValue } from "./format";

export async function ProjectHistory({ entries, regions, limit }: { entries: HistoryEntry[]; regions: RegionChoice[]; limit: number }) {
  const [t, enums, format] = await Promise.all([getTranslations("projects"), getTranslations("enums"), getFormatter()]);
  if (entries.length === 0) return <p className="text-sm text-slate-700">{t("page.history.empty")}</p>;
  const places = {
    regions: new Map(regions.map((region) => [region.id, region.name])),
    districts: new Map(regions.flatMap((region) => region.districts.map((district) => [district.id, district.name] as const))),
  };
  return (
    <div className="space-y-2">
      <div className="overflow-x-auto">
        <table className="min-w-full text-left text-sm" data-testid="project-history">
          <caption className="sr-only">{t("page.history.caption")}</caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="px-3 py-2">{t("page.history.when")}</th>
              <th scope="col" className="px-3 py-2">{t("page.history.who")}</th>
              <th scope="col" className="px-3 py-2">{t("page.history.what")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {entries.map((entry) => (
              <tr key={entry.id} className="align-top">
                <td className="whitespace-nowrap px-3 py-2">{format.dateTime(entry.at, { dateStyle: "medium", timeStyle: "short" })}</td>
                <td className="px-3 py-2">{entry.actorName ?? t("page.history.unknownActor")}</td>
                <td className="px-3 py-2">
                  {entry.action === "create" ? (
                    t("page.history.created")
                  ) : entry.changes.length === 0 ? (
                    t("page.history.noChanges")
                  ) : (
                    <ul className="space-y-1">
                      {entry.changes.map((change) => (
                        <li key={change.field}>
                          <span className="font-semibold">{historyFieldLabel(t, enums, change.field)}:</span>{" "}
                          <span className="text-slate-600 line-through decoration-slate-400">{historyValue(format, t, enums, places, change.field, change.before)}</span>
                          {" → "}
                          <span>{historyValue(format, t, enums, places, change.field, change.after)}</span>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {entries.length >= limit ? <p className="text-sm text-slate-600">{t("page.history.limited", { count: limit })}</p> : null}
    </div>
  );
}
