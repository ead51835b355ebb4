// The backups that ended, newest first. Server component: plain data in, no client code.
import { getFormatter, getTranslations } from "next-intl/server";
import type { BackupRunRow } from "@/lib/backup/queries";
import { Caption, Table, TBody, Td, Th, THead, Tr } from "@/components/ui/Table";

type Formatter = Awaited<ReturnType<typeof getFormatter>>;

/** "16.4 MB", "16,4 МБ", "16,4 МБ" as the reader's language writes it. */
export function megabytes(format: Formatter, bytes: number): string {
  return format.number(bytes / 1e6, { style: "unit", unit: "megabyte", maximumFractionDigits: 1 });
}

export async function BackupHistory({ runs }: { runs: BackupRunRow[] }) {
  const [t, format] = await Promise.all([getTranslations("admin.backups"), getFormatter()]);
  if (runs.length === 0) return <p className="text-slate-700">{t("noRuns")}</p>;
  return (
    <Table>
      <Caption>{t("historyCaption")}</Caption>
      <THead>
        <Tr>
          <Th scope="col">{t("columns.finishedAt")}</Th>
          <Th scope="col">{t("columns.trigger")}</Th>
          <Th scope="col">{t("columns.outcome")}</Th>
          <Th scope="col">{t("columns.size")}</Th>
          <Th scope="col">{t("columns.duration")}</Th>
          <Th scope="col">{t("columns.details")}</Th>
          <Th scope="col">{t("columns.host")}</Th>
        </Tr>
      </THead>
      <TBody>
        {runs.map((run) => (
          <Tr key={run.id} className={run.outcome === "FAILED" ? "bg-red-50" : undefined}>
            <Td className="whitespace-nowrap">{format.dateTime(run.finishedAt, { dateStyle: "medium", timeStyle: "short" })}</Td>
            <Td>{t(`trigger.${run.trigger}`)}</Td>
            <Td className={`font-medium ${run.outcome === "FAILED" ? "text-red-800" : "text-green-800"}`}>{t(`outcome.${run.outcome}`)}</Td>
            <Td className="whitespace-nowrap">{run.bytes === null ? "—" : megabytes(format, run.bytes)}</Td>
            <Td className="whitespace-nowrap">
              {format.number((run.finishedAt.getTime() - run.startedAt.getTime()) / 1000, { style: "unit", unit: "second", maximumFractionDigits: 1 })}
            </Td>
            <Td>
              {run.file ? <code className="break-all text-xs">{run.file}</code> : null}
              {run.errorKind ? (
                <p className={run.outcome === "FAILED" ? "text-red-800" : "text-amber-800"}>
                  {t(`errorKind.${run.errorKind}` as "errorKind.unexpected")}{" "}
                  <span className="text-xs text-slate-600">{run.error}</span>
                </p>
              ) : null}
              {run.pruned ? <p className="text-xs text-slate-600">{t("pruned", { count: run.pruned })}</p> : null}
            </Td>
            <Td>{run.host}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
