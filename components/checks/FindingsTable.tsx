// The projects that break one check, each with a sentence naming the values that show the
// problem, and a link to the project's page where it is corrected.
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { Finding } from "@/lib/checks/queries";
import { daysBetween, type CheckId } from "@/lib/checks/rules";
import { DAY_LONG } from "@/components/reports/format";
import { localName } from "@/lib/i18n/names";
import { Caption, Table, TBody, Td, Th, THead, Tr } from "@/components/ui/Table";

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
    case "datesOutsideProgramme":
      return t(`outsideRules.${finding.detail as "hiredBeforeProgramme"}`, {
        count: Number(v.count ?? 0), from: day("from"), to: day("to"),
        field: typeof v.field === "string" ? t(`fields.${v.field as "actualStart"}`) : "",
      });
    case "costPerJobOutlier":
      return t(finding.detail === "low" ? "describe.costPerJobLow" : "describe.costPerJobHigh", {
        cost: money("costPerJob"), low: money("low"), high: money("high"), disbursed: money("disbursed"), placements: count("placements"),
      });
  }
}

export async function FindingsTable({ check, findings, now }: { check: CheckId; findings: Finding[]; now: Date }) {
  const [t, e, format, locale] = await Promise.all([getTranslations("checks"), getTranslations("enums"), getFormatter(), getLocale()]);
  return (
    <Table data-testid="check-findings">
      <Caption>{t("findings.caption", { check: t(`names.${check}`) })}</Caption>
      <THead>
        <Tr>
          <Th scope="col">{t("findings.code")}</Th>
          <Th scope="col">{t("findings.name")}</Th>
          <Th scope="col">{t("findings.region")}</Th>
          <Th scope="col">{t("findings.problem")}</Th>
        </Tr>
      </THead>
      <TBody>
        {findings.map((finding) => (
          <Tr key={`${finding.projectId}-${finding.detail ?? ""}`} data-project={finding.code}>
            <Td className="whitespace-nowrap">
              <Link href={`/projects/${finding.projectId}`} className="font-semibold text-brand-700 underline hover:text-brand-900">{finding.code}</Link>
            </Td>
            <Td>{finding.name}</Td>
            <Td>{localName(finding.region, locale)}</Td>
            <Td>{describe(finding, check, t, e, format, now)}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
