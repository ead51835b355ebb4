// An akimat's own months over the reporting period: status, deadline, days left or late.
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { CellView } from "@/lib/reports/overview";
import { DeadlineDate, DeadlineText } from "./DeadlineText";
import { MONTH_LONG, monthAsDate } from "./format";
import { StatusBadge } from "./StatusBadge";
import { Caption, Table, TBody, Td, Th, THead, Tr } from "@/components/ui/Table";

export async function RegionReportsTable({ regionCode, cells, submittedAt }: {
  regionCode: string;
  cells: CellView[];
  submittedAt: Map<string, Date | null>;
}) {
  const [t, format] = await Promise.all([getTranslations("reports"), getFormatter()]);
  return (
    <Table data-testid="region-reports">
      <Caption>{t("own.caption")}</Caption>
      <THead>
        <Tr>
          <Th scope="col">{t("own.month")}</Th>
          <Th scope="col">{t("own.status")}</Th>
          <Th scope="col">{t("own.deadline")}</Th>
          <Th scope="col">{t("own.standing")}</Th>
        </Tr>
      </THead>
      <TBody>
        {[...cells].reverse().map((cell) => (
          <Tr key={cell.month} data-month={cell.month} data-status={cell.status}>
            <Th scope="row">
              <Link href={`/reports/${regionCode}/${cell.month}`} className="text-brand-700 underline hover:text-brand-900">
                {format.dateTime(monthAsDate(cell.month), MONTH_LONG)}
              </Link>
            </Th>
            <Td>
              <StatusBadge status={cell.status} label={t(`status.${cell.status}`)} lateLabel={cell.overdue ? t("lateShort") : null} />
            </Td>
            <Td><DeadlineDate iso={cell.deadline} /></Td>
            <Td><DeadlineText cell={cell} submittedAt={submittedAt.get(cell.month) ?? null} /></Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
