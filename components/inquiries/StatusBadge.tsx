import { useTranslations } from "next-intl";
import type { InquiryStatus } from "@/generated/prisma/enums";

const tones: Record<InquiryStatus, string> = {
  RECEIVED: "bg-slate-100 text-slate-800",
  DRAFTING: "bg-amber-100 text-amber-900",
  SENT: "bg-green-100 text-green-900",
};

export function StatusBadge({ status }: { status: InquiryStatus }) {
  const t = useTranslations("inquiries.status");
  return <span className={`inline-block whitespace-nowrap rounded px-2 py-0.5 text-xs font-semibold ${tones[status]}`} data-testid="inquiry-status" data-status={status}>{t(status)}</span>;
}
