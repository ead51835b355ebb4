// A project's change history from the audit log (who changed what, before → after),
// with field names and values in the reader's language.
import { getFormatter, getTranslations } from "next-intl/server";
import type { HistoryEntry, RegionChoice } from "@/lib/projects/queries";
import { Caption, Table, TBody, Td, Th, THead, Tr } from "@/components/ui/Table";
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
      <Table data-testid="project-history">
        <Caption>{t("page.history.caption")}</Caption>
        <THead>
          <Tr>
            <Th scope="col">{t("page.history.when")}</Th>
            <Th scope="col">{t("page.history.who")}</Th>
            <Th scope="col">{t("page.history.what")}</Th>
          </Tr>
        </THead>
        <TBody>
          {entries.map((entry) => (
            <Tr key={entry.id}>
              <Td className="whitespace-nowrap">{format.dateTime(entry.at, { dateStyle: "medium", timeStyle: "short" })}</Td>
              <Td>{entry.actorName ?? t("page.history.unknownActor")}</Td>
              <Td>
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
              </Td>
            </Tr>
          ))}
        </TBody>
      </Table>
      {entries.length >= limit ? <p className="text-sm text-slate-600">{t("page.history.limited", { count: limit })}</p> : null}
    </div>
  );
}
