// Funding of a project by source, with totals: millions of tenge with one decimal, and the share
// disbursed.
import { getFormatter, getTranslations } from "next-intl/server";
import type { ProjectDetails } from "@/lib/projects/queries";
import { formatMillions } from "./format";

export async function FundingTable({ funding }: { funding: ProjectDetails["funding"] }) {
  const [t, enums, format] = await Promise.all([getTranslations("projects"), getTranslations("enums"), getFormatter()]);
  if (funding.length === 0) return <p className="text-sm text-slate-700">{t("page.funding.empty")}</p>;
  const amount = (value: { toString(): string }) => Number(value.toString());
  const total = funding.reduce((sum, row) => ({ allocated: sum.allocated + amount(row.allocated), disbursed: sum.disbursed + amount(row.disbursed) }), { allocated: 0, disbursed: 0 });
  const share = (disbursed: number, allocated: number) => (allocated > 0 ? format.number(disbursed / allocated, { style: "percent", maximumFractionDigits: 1 }) : "—");
  const cell = "px-3 py-2 text-right tabular-nums";
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-left text-sm" data-testid="funding-table">
        <caption className="sr-only">{t("page.funding.caption")}</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="px-3 py-2">{t("page.funding.source")}</th>
            <th scope="col" className="px-3 py-2 text-right">{t("page.funding.allocated")}</th>
            <th scope="col" className="px-3 py-2 text-right">{t("page.funding.disbursed")}</th>
            <th scope="col" className="px-3 py-2 text-right">{t("page.funding.share")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {funding.map((row) => (
            <tr key={row.source}>
              <th scope="row" className="px-3 py-2 font-normal">{enums(`fundingSource.${row.source}`)}</th>
              <td className={cell}>{formatMillions(format, t, row.allocated)}</td>
              <td className={cell}>{formatMillions(format, t, row.disbursed)}</td>
              <td className={cell}>{share(amount(row.disbursed), amount(row.allocated))}</td>
            </tr>
          ))}
        </tbody>
        <tfoot className="border-t-2 border-slate-300 font-semibold">
          <tr>
            <th scope="row" className="px-3 py-2">{t("page.funding.total")}</th>
            <td className={cell}>{formatMillions(format, t, total.allocated)}</td>
            <td className={cell}>{formatMillions(format, t, total.disbursed)}</td>
            <td className={cell}>{share(total.disbursed, total.allocated)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
