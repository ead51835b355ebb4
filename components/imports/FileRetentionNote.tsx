// Whether the job's uploaded file is still kept, and until when at most; or when it was deleted
// (files with IINs and names live only while the import needs them: lib/imports/retention.ts).
import { getFormatter, getTranslations } from "next-intl/server";
import type { ImportJobView } from "@/lib/imports/schema";

export async function FileRetentionNote({ job, keptUntil }: { job: Pick<ImportJobView, "fileDeletedAt">; keptUntil: Date }) {
  const [t, format] = await Promise.all([getTranslations("imports"), getFormatter()]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  return (
    <p className="text-sm text-slate-700" data-testid="import-file-retention" data-deleted={job.fileDeletedAt ? "true" : "false"}>
      {job.fileDeletedAt ? t("job.fileDeleted", { date: when(job.fileDeletedAt) }) : t("job.fileKept", { date: when(keptUntil) })}
    </p>
  );
}
