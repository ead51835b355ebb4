// The region's imports, newest first, each linking to its page (progress, counts, errors).
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ImportJobView } from "@/lib/imports/schema";
import { Caption, Table, TBody, Td, Th, THead, Tr } from "@/components/ui/Table";

export async function JobsTable({ jobs }: { jobs: ImportJobView[] }) {
  const [t, format] = await Promise.all([getTranslations("imports"), getFormatter()]);
  if (jobs.length === 0) return <p className="text-slate-700">{t("jobs.empty")}</p>;
  return (
    <Table data-testid="import-jobs">
      <Caption>{t("jobs.caption")}</Caption>
      <THead>
        <Tr>
          <Th scope="col">{t("jobs.file")}</Th>
          <Th scope="col">{t("jobs.kind")}</Th>
          <Th scope="col">{t("jobs.status")}</Th>
          <Th scope="col" numeric>{t("jobs.rows")}</Th>
          <Th scope="col" numeric>{t("jobs.errors")}</Th>
          <Th scope="col">{t("jobs.createdAt")}</Th>
          <Th scope="col">{t("jobs.createdBy")}</Th>
        </Tr>
      </THead>
      <TBody>
        {jobs.map((job) => (
          <Tr key={job.id}>
            <Td>
              <Link href={`/imports/${job.id}`} className="font-medium text-brand-700 underline hover:text-brand-900">{job.fileName}</Link>
            </Td>
            <Td>{t(`kinds.${job.kind}`)}</Td>
            <Td>{t(`statuses.${job.status}`)}</Td>
            <Td numeric>{format.number(job.totalRows)}</Td>
            <Td numeric>{format.number(job.errorRows)}</Td>
            <Td>{format.dateTime(job.createdAt, { dateStyle: "medium", timeStyle: "short" })}</Td>
            <Td>{job.createdByName}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
