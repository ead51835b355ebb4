// The register of deputies' inquiries: number, date, faction and authors, subject, due date,
// status, and a marker on those past their due date without an answer sent.
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { InquiryListItem } from "@/lib/inquiries/queries";
import { isOverdue } from "@/lib/inquiries/rules";
import { StatusBadge } from "./StatusBadge";

export function InquiriesTable({ inquiries, today }: { inquiries: InquiryListItem[]; today: string }) {
  const t = useTranslations("inquiries");
  const format = useFormatter();
  const day = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeZone: "UTC" });
  if (inquiries.length === 0) return <p className="text-slate-700">{t("register.empty")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm" data-testid="inquiries-register">
        <caption className="sr-only">{t("register.caption")}</caption>
        <thead>
          <tr className="border-b-2 border-slate-300 text-left align-bottom">
            <th scope="col" className="py-2 pr-3">{t("register.number")}</th>
            <th scope="col" className="py-2 pr-3">{t("register.receivedOn")}</th>
            <th scope="col" className="py-2 pr-3">{t("register.authors")}</th>
            <th scope="col" className="py-2 pr-3">{t("register.subject")}</th>
            <th scope="col" className="py-2 pr-3">{t("register.dueOn")}</th>
            <th scope="col" className="py-2">{t("register.status")}</th>
          </tr>
        </thead>
        <tbody>
          {inquiries.map((inquiry) => {
            const overdue = isOverdue(inquiry, today);
            return (
              <tr key={inquiry.id} className="border-b border-slate-200 align-top" data-testid={`inquiry-row-${inquiry.number}`}>
                <th scope="row" className="py-2 pr-3 text-left whitespace-nowrap">
                  <Link href={`/inquiries/${inquiry.id}`} className="font-semibold text-brand-700 underline hover:text-brand-900">{inquiry.number}</Link>
                </th>
                <td className="py-2 pr-3 whitespace-nowrap">{day(inquiry.receivedOn)}</td>
                <td className="py-2 pr-3">
                  {inquiry.faction ? <span className="block font-medium">{inquiry.faction}</span> : null}
                  <span className="text-slate-700">{inquiry.authors}</span>
                </td>
                <td className="py-2 pr-3">{inquiry.subject}</td>
                <td className={"py-2 pr-3 whitespace-nowrap " + (overdue ? "font-semibold text-red-800" : "")}>
                  {day(inquiry.dueOn)}
                  {overdue ? <span className="ml-2 rounded bg-red-100 px-1.5 py-0.5 text-xs font-semibold text-red-900">{t("register.overdue")}</span> : null}
                </td>
                <td className="py-2"><StatusBadge status={inquiry.status} /></td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
