// The projects that break one check, each with a sentence naming the values that show the
// problem, and a link to the project's page where it is corrected.
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { Finding } from "@/lib/checks/queries";
import { daysBetween, type CheckId } from "@/lib/checks/rules";
import { DAY_LONG, regionLabel } from "@/components/reports/format";

type Formatter = Awaited<ReturnType<typeof getFormatter>>;
type Translator = Awaited<ReturnType<typeof getTranslations<"checks">>>;
type EnumTranslator = Awaited<ReturnType<typeof getTranslations<"enums">>>;

function describe(finding: Finding, check: CheckId, t: Translator, e: EnumTranslator, format: Formatter, now: Date): string {
  const v = finding.values;
  const money = (key: string) => format.number(Number(v[key] ?? 0), { style: "currency", currency: "KZT", maximumFractionDigits: 0 });
  const count = (key: string) => format.number(Number(v[key] ?? 0));
  const day = (key: string) => (typeof v[key] === "string" ? format.dateTime(new Date(`${String(v[key]).slice(0, 10)}T00:00:00Z`), DAY_LONG) : "—");
  switch (check) {
    case "referredExceedsEmployed":
      return t("describe.referredExceedsEmployed", { people: count("people"), referred: count("referred"), youth: count("youth"), youthReferred: count("youthReferred") });
    case "disbursedExceedsAllocated":
      return t("describe.disbursedExceedsAllocated", { source: e(`fundingSource.${String(v.source)}` as "fundingSource.OTHER"), allocated: money("allocated"), disbursed: money("disbursed") });
    case "datesOutOfOrder":
      return t(`dateRules.${finding.detail as "plannedStartAfterEnd"}`, { from: day("from"), to: day("to"), placements: Number(v.placements ?? 0) });
    case "commissionedWithoutPermanentJobs":
      return t("describe.commissionedWithoutPermanentJobs", { date: day("to"), planned: count("plannedPermanentJobs") });
    case "spendingWithoutPlacements":
      return t("describe.spendingWithoutPlacements", { disbursed: money("disbursed") });
    case "staleProject": {
      const updatedAt = new Date(`${String(v.updatedAt)}Z`);
      return t("describe.staleProject", {
        status: e(`status.${String(v.status)}` as "status.PLANNED"),
        date: format.dateTime(updatedAt, { dateStyle: "long" }),
        days: daysBetween(updatedAt, now),
      });
    }
    case "regionalNameDiffers":
      return t("describe.regionalNameDiffers", { people: Number(v.people ?? 0) });
    case "costPerJobOutlier":
      return t(finding.detail === "low" ? "describe.costPerJobLow" : "describe.costPerJobHigh", {
        cost: money("costPerJob"), low: money("low"), high: money("high"), disbursed: money("disbursed"), placements: count("placements"),
      });
  }
}

export async function FindingsTable({ check, findings, now }: { check: CheckId; findings: Finding[]; now: Date }) {
  const [t, e, format, locale] = await Promise.all([getTranslations("checks"), getTranslations("enums"), getFormatter(), getLocale()]);
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-left text-sm" data-testid="check-findings">
        <caption className="sr-only">{t("findings.caption", { check: t(`names.${check}`) })}</caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" className="px-4 py-3 font-semibold">{t("findings.code")}</th>
            <th scope="col" className="px-4 py-3 font-semibold">{t("findings.name")}</th>
            <th scope="col" className="px-4 py-3 font-semibold">{t("findings.region")}</th>
            <th scope="col" className="px-4 py-3 font-semibold">{t("findings.problem")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {findings.map((finding) => (
            <tr key={`${finding.projectId}-${finding.detail ?? ""}`} data-project={finding.code}>
              <td className="whitespace-nowrap px-4 py-3">
                <Link href={`/projects/${finding.projectId}`} className="font-semibold text-brand-700 underline hover:text-brand-900">{finding.code}</Link>
              </td>
              <td className="px-4 py-3">{finding.name}</td>
              <td className="px-4 py-3">{regionLabel(finding.region, locale)}</td>
              <td className="px-4 py-3">{describe(finding, check, t, e, format, now)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
