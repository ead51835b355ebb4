// Published snapshots, newest first, each opening the report "as of" it, and the choice of two
// snapshots to compare.
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { SnapshotSummary } from "@/lib/snapshots/queries";
import { buttonClass, inputClass, labelClass } from "@/components/ui/styles";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/Table";

export function SnapshotsList({ snapshots, showAuthor }: { snapshots: SnapshotSummary[]; showAuthor: boolean }) {
  const t = useTranslations("snapshots");
  const format = useFormatter();
  const when = (date: Date) => format.dateTime(date, { dateStyle: "long", timeStyle: "short" });
  return (
    <>
      <section aria-labelledby="snapshots-title" className="space-y-3">
        <h2 id="snapshots-title" className="text-lg font-bold text-brand-900">{t("list.title")}</h2>
        {snapshots.length === 0 ? (
          <p className="text-slate-700">{t("list.empty")}</p>
        ) : (
          <Table>
            <THead>
              <Tr>
                <Th scope="col">{t("list.name")}</Th>
                <Th scope="col">{t("list.takenAt")}</Th>
                {showAuthor ? <Th scope="col">{t("list.author")}</Th> : null}
                <Th scope="col">{t("list.note")}</Th>
              </Tr>
            </THead>
            <TBody>
              {snapshots.map((snapshot) => (
                <Tr key={snapshot.id}>
                  <Td>
                    <Link href={`/summary?snapshot=${snapshot.id}`} className="font-medium text-brand-700 underline hover:text-brand-900">
                      {snapshot.title}
                    </Link>
                  </Td>
                  <Td className="whitespace-nowrap">
                    <time dateTime={snapshot.takenAt.toISOString()}>{when(snapshot.takenAt)}</time>
                  </Td>
                  {showAuthor ? <Td>{snapshot.author}</Td> : null}
                  <Td className="text-slate-700">{snapshot.note}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
      </section>

      <section aria-labelledby="compare-title" className="space-y-3">
        <h2 id="compare-title" className="text-lg font-bold text-brand-900">{t("compare.title")}</h2>
        {snapshots.length < 2 ? (
          <p className="text-slate-700">{t("compare.needTwo")}</p>
        ) : (
          <form method="get" action="/summary/compare" className="flex flex-wrap items-end gap-4">
            {([["from", snapshots[1]?.id], ["to", snapshots[0]?.id]] as const).map(([side, preselected]) => (
              <div key={side} className="space-y-1">
                <label htmlFor={`compare-${side}`} className={labelClass}>{t(`compare.${side}`)}</label>
                <select id={`compare-${side}`} name={side} defaultValue={preselected} className={inputClass}>
                  {snapshots.map((snapshot) => (
                    <option key={snapshot.id} value={snapshot.id}>{`${snapshot.title} — ${when(snapshot.takenAt)}`}</option>
                  ))}
                </select>
              </div>
            ))}
            <button type="submit" className={buttonClass}>{t("compare.submit")}</button>
          </form>
        )}
      </section>
    </>
  );
}
