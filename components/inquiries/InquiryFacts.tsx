// The inquiry's register entry: dates, authors, faction, linked deputy accounts, when answered.
import { useFormatter, useTranslations } from "next-intl";
import type { InquiryDetails } from "@/lib/inquiries/queries";

export function InquiryFacts({ inquiry }: { inquiry: InquiryDetails }) {
  const t = useTranslations("inquiries.details");
  const format = useFormatter();
  const day = (date: Date) => format.dateTime(date, { dateStyle: "long", timeZone: "UTC" });
  const rows: Array<[string, string]> = [
    [t("receivedOn"), day(inquiry.receivedOn)],
    [t("dueOn"), day(inquiry.dueOn)],
    [t("authors"), inquiry.authors],
  ];
  if (inquiry.faction) rows.push([t("faction"), inquiry.faction]);
  if (inquiry.deputies) rows.push([t("deputies"), inquiry.deputies.length ? inquiry.deputies.map((d) => d.name).join(", ") : t("noDeputies")]);
  if (inquiry.sentAt) rows.push([t("sentAt"), format.dateTime(inquiry.sentAt, { dateStyle: "long", timeStyle: "short" })]);
  return (
    <dl className="grid max-w-4xl gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-semibold text-slate-700">{term}</dt>
          <dd className="text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
