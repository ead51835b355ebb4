// The register of deputies' inquiries: number, date, faction and authors, subject, due date,
// status, and a marker on those past their due date without an answer sent.
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { InquiryListItem } from "@/lib/inquiries/queries";
import { isOverdue } from "@/lib/inquiries/rules";
import { Caption, Table, TBody, Td, Th, THead, Tr } from "@/components/ui/Table";
import { StatusBadge } from "./StatusBadge";

export function InquiriesTable({ inquiries, today }: { inquiries: InquiryListItem[]; today: string }) {
  const t = useTranslations("inquiries");
  const format = useFormatter();
  const day = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeZone: "UTC" });
  if (inquiries.length === 0) return <p className="text-slate-700">{t("register.empty")}</p>;
  return (
    <Table data-testid="inquiries-register">
      <Caption>{t("register.caption")}</Caption>
      <THead>
        <Tr>
          <Th scope="col">{t("register.number")}</Th>
          <Th scope="col">{t("register.receivedOn")}</Th>
          <Th scope="col">{t("register.authors")}</Th>
          <Th scope="col">{t("register.subject")}</Th>
          <Th scope="col">{t("register.dueOn")}</Th>
          <Th scope="col">{t("register.status")}</Th>
        </Tr>
      </THead>
      <TBody>
        {inquiries.map((inquiry) => {
          const overdue = isOverdue(inquiry, today);
          return (
            <Tr key={inquiry.id} data-testid={`inquiry-row-${inquiry.number}`}>
              <Th scope="row" className="whitespace-nowrap">
                <Link href={`/inquiries/${inquiry.id}`} className="font-semibold text-brand-700 underline hover:text-brand-900">{inquiry.number}</Link>
              </Th>
              <Td className="whitespace-nowrap">{day(inquiry.receivedOn)}</Td>
              <Td>
                {inquiry.faction ? <span className="block font-medium">{inquiry.faction}</span> : null}
                <span className="text-slate-700">{inquiry.authors}</span>
              </Td>
              <Td>{inquiry.subject}</Td>
              <Td className={"whitespace-nowrap " + (overdue ? "font-semibold text-red-800" : "")}>
                {day(inquiry.dueOn)}
                {overdue ? <span className="ml-2 rounded bg-red-100 px-1.5 py-0.5 text-xs font-semibold text-red-900">{t("register.overdue")}</span> : null}
              </Td>
              <Td><StatusBadge status={inquiry.status} /></Td>
            </Tr>
          );
        })}
      </TBody>
    </Table>
  );
}
