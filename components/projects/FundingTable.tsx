// Funding of a project by source, with totals: millions of tenge with one decimal, and the share
// disbursed.
import { getFormatter, getTranslations } from "next-intl/server";
import type { ProjectDetails } from "@/lib/projects/queries";
import { Caption, Table, TBody, Td, TFoot, Th, THead, Tr } from "@/components/ui/Table";
import { formatMillions } from "./format";
import { sharePercent } from "@/lib/dashboard/percent";

export async function FundingTable({ funding }: { funding: ProjectDetails["funding"] }) {
  const [t, enums, format] = await Promise.all([getTranslations("projects"), getTranslations("enums"), getFormatter()]);
  if (funding.length === 0) return <p className="text-sm text-slate-700">{t("page.funding.empty")}</p>;
  const amount = (value: { toString(): string }) => Number(value.toString());
  const total = funding.reduce((sum, row) => ({ allocated: sum.allocated + amount(row.allocated), disbursed: sum.disbursed + amount(row.disbursed) }), { allocated: 0, disbursed: 0 });
  const share = (disbursed: number, allocated: number) => (allocated > 0 ? format.number(sharePercent(disbursed, allocated)! / 100, { style: "percent", maximumFractionDigits: 1 }) : "—");
  return (
    <Table data-testid="funding-table">
      <Caption>{t("page.funding.caption")}</Caption>
      <THead>
        <Tr>
          <Th scope="col">{t("page.funding.source")}</Th>
          <Th scope="col" numeric>{t("page.funding.allocated")}</Th>
          <Th scope="col" numeric>{t("page.funding.disbursed")}</Th>
          <Th scope="col" numeric>{t("page.funding.share")}</Th>
        </Tr>
      </THead>
      <TBody>
        {funding.map((row) => (
          <Tr key={row.source}>
            <Th scope="row">{enums(`fundingSource.${row.source}`)}</Th>
            <Td numeric>{formatMillions(format, t, row.allocated)}</Td>
            <Td numeric>{formatMillions(format, t, row.disbursed)}</Td>
            <Td numeric>{share(amount(row.disbursed), amount(row.allocated))}</Td>
          </Tr>
        ))}
      </TBody>
      <TFoot>
        <Tr>
          <Th scope="row" className="font-semibold">{t("page.funding.total")}</Th>
          <Td numeric>{formatMillions(format, t, total.allocated)}</Td>
          <Td numeric>{formatMillions(format, t, total.disbursed)}</Td>
          <Td numeric>{share(total.disbursed, total.allocated)}</Td>
        </Tr>
      </TFoot>
    </Table>
  );
}
